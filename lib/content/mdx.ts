import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { bundleSource, OPTIONS_ID } from './mdx-bundle';

/**
 * Compiles MDX bodies with mdx-bundler and caches the output on disk by content hash, so a rebuild with
 * unchanged content compiles nothing (S-PERF). Rendering (getMDXComponent and the component map) lives in
 * components/mdx; this module only turns source into code.
 * No `server-only` guard here: `npm run content:check` imports it outside Next.
 */

function installedVersion(pkg: string): string {
  try {
    const json = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8'));
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

let compilerId: string | undefined;
function getCompilerId(): string {
  compilerId ??= ['mdx-bundler', '@mdx-js/mdx', 'esbuild', 'remark-gfm']
    .map((pkg) => `${pkg}@${installedVersion(pkg)}`)
    .concat(OPTIONS_ID)
    .join(' ');
  return compilerId;
}

export type CompileStats = {
  /** Sources actually compiled by mdx-bundler in this process */
  compiled: number;
  /** Sources served from the disk cache */
  cacheHits: number;
  /** Of `compiled`, those a worker thread compiled for this process (lib/content/mdx-pool.ts) */
  compiledInThreads: number;
};

const stats: CompileStats = { compiled: 0, cacheHits: 0, compiledInThreads: 0 };

export function getCompileStats(): CompileStats {
  return { ...stats };
}

export function resetCompileStats(): void {
  stats.compiled = 0;
  stats.cacheHits = 0;
  stats.compiledInThreads = 0;
}

/** The cache key: the source and everything that could change its compiled output. */
export function mdxCacheKey(source: string): string {
  return createHash('sha256').update(getCompilerId()).update('\0').update(source).digest('hex');
}

/** Invalid MDX: the message is the compiler's first error, without esbuild's stack of frames. */
export class MdxCompileError extends Error {
  constructor(
    readonly filePath: string,
    cause: unknown,
    lineOffset = 0,
  ) {
    super(describeCompileError(cause, lineOffset), { cause });
    this.name = 'MdxCompileError';
  }
}

function describeCompileError(error: unknown, lineOffset: number): string {
  const errors = (error as { errors?: { text?: string; location?: { line?: number; column?: number } | null }[] })
    ?.errors;
  const first = Array.isArray(errors) ? errors[0] : undefined;
  if (first?.text) {
    const where = first.location?.line ? ` (line ${first.location.line + lineOffset} of the file)` : '';
    const text = first.text
      .replace('Cannot process MDX file with esbuild:', '')
      .replace(/\s*\[plugin [^\]]+\]\s*$/, '')
      .replace(/^\s*\d+:\d+(-\d+:\d+)?:\s*/, '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
    return `${text}${where}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

export type CompileOptions = {
  /** Defaults to MDX_CACHE_DIR from the environment, resolved against the working directory */
  cacheDir?: string;
  /** Lines before the body (the frontmatter), so error messages give the line in the file */
  lineOffset?: number;
};

function cacheFileFor(source: string, cacheDir: string | undefined): string {
  const dir = path.resolve(/* turbopackIgnore: true */ cacheDir ?? getEnv().MDX_CACHE_DIR);
  const key = mdxCacheKey(source);
  return path.join(/* turbopackIgnore: true */ dir, key.slice(0, 2), `${key}.js`);
}

/**
 * The cached code of an MDX body, or null when it has not been compiled yet (an empty body gives '').
 * Compiles nothing; counts a cache hit.
 */
export async function readCachedMdx(source: string, cacheDir?: string): Promise<string | null> {
  if (source.trim() === '') return '';
  try {
    const cached = await readFile(/* turbopackIgnore: true */ cacheFileFor(source, cacheDir), 'utf8');
    stats.cacheHits += 1;
    return cached;
  } catch {
    return null;
  }
}

/**
 * Compiles an MDX body (without its frontmatter) to code for `getMDXComponent`. An empty body gives ''.
 * `filePath` names the file in compiler messages. Throws the compiler's error on invalid MDX.
 */
export async function compileMdx(source: string, filePath: string, options: CompileOptions = {}): Promise<string> {
  const cached = await readCachedMdx(source, options.cacheDir);
  if (cached !== null) return cached;
  const cacheFile = cacheFileFor(source, options.cacheDir);
  let code: string;
  try {
    code = await bundleSource(source);
  } catch (error) {
    throw new MdxCompileError(filePath, error, options.lineOffset);
  }
  stats.compiled += 1;
  // Write then rename, so a parallel build worker never reads half a file.
  await mkdir(path.dirname(/* turbopackIgnore: true */ cacheFile), { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(/* turbopackIgnore: true */ tmp, code, 'utf8');
  await rename(/* turbopackIgnore: true */ tmp, /* turbopackIgnore: true */ cacheFile);
  return code;
}

/** One MDX body to compile: its source (without frontmatter), the file it comes from, the frontmatter's lines. */
export type MdxJob = { source: string; filePath: string; lineOffset: number };

/** A job's compiled code, or the compiler's error naming its file. */
export type MdxResult = { code: string } | { error: MdxCompileError };

/**
 * Compiles many MDX bodies, in the order given, through the disk cache. The default runs them in this
 * process, four at a time; `npm run content:check` passes compileMdxInThreads (lib/content/mdx-pool.ts).
 */
export type CompileMany = (jobs: readonly MdxJob[], cacheDir: string | undefined) => Promise<MdxResult[]>;

/** Compiles each job in this process, four at a time (mdx-bundler's esbuild runs beside the fourth). */
export const compileMdxInProcess: CompileMany = async (jobs, cacheDir) => {
  const results: MdxResult[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await compileJob(jobs[i]!, cacheDir);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, jobs.length) }, worker));
  return results;
};

/** One job, its MDX error caught as a result; any other error (a full disk) is thrown. */
export async function compileJob(job: MdxJob, cacheDir: string | undefined): Promise<MdxResult> {
  try {
    return { code: await compileMdx(job.source, job.filePath, { cacheDir, lineOffset: job.lineOffset }) };
  } catch (error) {
    if (error instanceof MdxCompileError) return { error };
    throw error;
  }
}

/** Counts compilations a worker thread did for this process (lib/content/mdx-pool.ts), so getCompileStats stays whole. */
export function addCompiledInThreads(n: number): void {
  stats.compiled += n;
  stats.compiledInThreads += n;
}
