/**
 * Next's start-up hook: bring the database schema up to date before the first request, so a bad
 * DATABASE_URL or a failed migration shows in the log at once. If the database is down the server still
 * starts (/api/health answers 503) and the next use of the database tries the migrations again.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Imported, not inlined: this file is also compiled for the edge runtime, which has no process.version.
  const { logRuntime } = await import('./lib/ops/runtime');
  logRuntime();
  const { getDb } = await import('./lib/db/client');
  try {
    await getDb();
  } catch (error) {
    console.error('[db] migrations did not run at start-up; they will be retried on the next request:', error);
  }
  // Secretariat side (issue 4, helper admin): first account, mail sender, daily retention.
  const { startAdminServices } = await import('./lib/admin/start');
  await startAdminServices();
}
