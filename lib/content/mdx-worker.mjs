// A tinypool worker of lib/content/mdx-pool.ts. Plain JavaScript, so that it loads in any host (tsx, Vitest):
// it registers tsx for this thread, then runs the one compiler, compileMdx of lib/content/mdx.ts.
import { register as registerCommonJs } from 'tsx/cjs/api';
import { register } from 'tsx/esm/api';

// Both loaders: the TypeScript modules load as CommonJS (the package has no "type": "module") and import
// with the `@/` paths of tsconfig.json.
registerCommonJs();
register();
const { compileJob, readCachedMdx } = await import('./mdx.ts');

/**
 * One body: `{ code, compiled }` (compiled is false when another task had just cached the same source),
 * or `{ message }`, the MdxCompileError's message. Any other error (a full disk) rejects the task.
 *
 * @param {{ job: { source: string; filePath: string; lineOffset: number }; cacheDir: string | undefined }} task
 */
export default async function compile({ job, cacheDir }) {
  const cached = await readCachedMdx(job.source, cacheDir);
  if (cached !== null) return { code: cached, compiled: false };
  const result = await compileJob(job, cacheDir);
  return 'code' in result ? { code: result.code, compiled: true } : { message: result.error.message };
}
