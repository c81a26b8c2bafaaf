/**
 * Writes one start-up line naming the Node.js that serves the site (`[start] Node.js v26.12.1, pid 123`), so
 * that operators can check from the log which runtime runs it (decision 0080).
 */
export function logRuntime(): void {
  console.log(`[start] Node.js ${process.version}, pid ${process.pid}`);
}
