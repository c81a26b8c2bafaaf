import os from 'node:os';
import Tinypool from 'tinypool';
import { addCompiledInThreads, MdxCompileError, readCachedMdx, type CompileMany, type MdxJob, type MdxResult } from './mdx';

const CACHE_READS_AT_ONCE = 16;

/** What a worker (lib/content/mdx-worker.mjs) answers for one body. */
type WorkerResult = { code: string; compiled: boolean } | { message: string };

/**
 * Compiles MDX bodies in worker threads (tinypool), one per core: mdx-bundler runs remark and recma in
 * JavaScript, in the calling thread, so in one process a cold content check of a large site (1,826 bodies
 * on the generated 1,000-page site) compiled on one core. Bodies already in the cache are read here and
 * never reach a worker; the pool starts only when something is left to compile, so an unchanged site
 * starts no thread. Same output and same cache as compileMdxInProcess: each worker runs compileMdx.
 * The threads cost about 40 % more processor time, so this gains nothing on cores already busy
 * (decision 0165). Used by `npm run content:check` (the prebuild), not by the build's own workers (Next
 * bundles those, and they find everything cached). No `server-only`: it runs outside Next.
 *
 * @param threads - worker threads; defaults to os.availableParallelism()
 */
export function compileMdxInThreads(threads = os.availableParallelism()): CompileMany {
  return async (jobs, cacheDir) => {
    // A bounded number of cache reads at once: a failed read (too many open files) would count as a miss.
    const cached: (string | null)[] = new Array(jobs.length);
    let next = 0;
    const read = async () => {
      while (next < jobs.length) {
        const i = next++;
        cached[i] = await readCachedMdx(jobs[i]!.source, cacheDir);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CACHE_READS_AT_ONCE, jobs.length) }, read));
    const missing = jobs.flatMap((job, i) => (cached[i] === null ? [i] : []));
    const results: (MdxResult | null)[] = cached.map((code) => (code === null ? null : { code }));
    if (missing.length === 0) return results.map((r) => r!);
    const pool = new Tinypool({
      filename: new URL('./mdx-worker.mjs', import.meta.url).href,
      minThreads: Math.min(threads, missing.length),
      maxThreads: Math.min(threads, missing.length),
      // Two bodies per thread: one thread's JavaScript runs while the other body waits on esbuild.
      concurrentTasksPerWorker: 2,
    });
    try {
      await Promise.all(
        missing.map(async (i) => {
          const job: MdxJob = jobs[i]!;
          const out = (await pool.run({ job, cacheDir })) as WorkerResult;
          if ('code' in out) {
            if (out.compiled) addCompiledInThreads(1);
            results[i] = { code: out.code };
          } else {
            // The worker's MdxCompileError, rebuilt here: its message is already the compiler's first error.
            results[i] = { error: new MdxCompileError(job.filePath, new Error(out.message)) };
          }
        }),
      );
    } finally {
      await pool.destroy();
    }
    return results.map((r) => r!);
  };
}
