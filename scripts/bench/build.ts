import { spawn } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../deploy/cluster/cluster';
import type { BenchRow } from './report';

/** Files in the MDX cache written at or after `since`: one per MDX body actually compiled, whatever process did it. */
async function cacheWritesSince(dir: string, since: number): Promise<number> {
  let n = 0;
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.name.endsWith('.js') && (await stat(full)).mtimeMs >= since) n += 1;
    }
  };
  await walk(dir);
  return n;
}

/**
 * `npm run build` as an operator runs it: content check (prebuild), next build, precompression (postbuild).
 * `phases` ends with the 1-minute load average when the build started: on a shared machine other work
 * stretches every phase, and a figure means little without it.
 */
async function timedBuild(env: Record<string, string>, logFile: string): Promise<{ seconds: number; phases: string }> {
  const load = os.loadavg()[0]!;
  const started = performance.now();
  const { openSync, readFileSync, statSync } = await import('node:fs');
  const fd = openSync(logFile, 'a');
  const offset = statSync(logFile).size;
  const child = spawn('npm', ['run', 'build'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}); see ${logFile}`);
  const seconds = (performance.now() - started) / 1000;
  // The offset counts bytes; the log has multi-byte characters (✓, ▲, box drawing), so slice before decoding.
  return { seconds, phases: `${phasesOf(readFileSync(logFile).subarray(offset).toString('utf8'), seconds)}; load ${load.toFixed(1)} at start` };
}

const toSeconds = (v: string | undefined) => (v === undefined ? Number.NaN : v.endsWith('min') ? Number.parseFloat(v) * 60 : v.endsWith('ms') ? Number.parseFloat(v) / 1000 : Number.parseFloat(v));

/** Where the time went, from Next's own log lines; the rest is the content check (prebuild) and start-up. */
function phasesOf(log: string, total: number): string {
  const bundle = toSeconds(/Compiled successfully in ([\d.]+(?:ms|s|min))/.exec(log)?.[1]);
  const types = toSeconds(/Finished TypeScript in ([\d.]+(?:ms|s|min))/.exec(log)?.[1]);
  const pages = toSeconds(/Generating static pages[^\n]*\) in ([\d.]+(?:ms|s|min))/.exec(log)?.[1]);
  const prerendered = /Generating static pages[^\n]*\((\d+)\/\d+\) in/.exec(log)?.[1] ?? '?';
  const known = [bundle, types, pages].filter(Number.isFinite).reduce((a, b) => a + b, 0);
  const s = (v: number, none: string) => (Number.isFinite(v) ? `${v.toFixed(0)} s` : none);
  return `bundle ${s(bundle, '?')}, typecheck ${s(types, 'skipped')}, prerender ${s(pages, '?')} (${prerendered} pages), content check + rest ${(total - known).toFixed(0)} s`;
}

/**
 * Two builds of one generated site, cold then again with its content unchanged, timed as `npm run build`.
 *
 * @param o.languages - what the rows call this variant of the site ("English only", "24 languages (…)")
 */
export async function benchBuild(o: {
  contentDir: string;
  distDir: string;
  cacheDir: string;
  pages: number;
  languages: string;
  logFile: string;
  log: (l: string) => void;
}): Promise<BenchRow[]> {
  const env = {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: o.contentDir,
    MDX_CACHE_DIR: o.cacheDir,
    NEXT_DIST_DIR: path.relative(REPO_ROOT, o.distDir),
    SITE_URL: 'http://127.0.0.1:3630',
  };
  await rm(o.distDir, { recursive: true, force: true });
  await rm(o.cacheDir, { recursive: true, force: true });
  const coldStart = Date.now();
  const { seconds: cold, phases: coldPhases } = await timedBuild(env, o.logFile);
  const coldCompiled = await cacheWritesSince(o.cacheDir, coldStart);
  o.log(`build cold, ${o.languages}: ${cold.toFixed(1)} s, ${coldCompiled} MDX compiled (${coldPhases})`);
  const warmStart = Date.now();
  const { seconds: warm, phases: warmPhases } = await timedBuild(env, o.logFile);
  const warmCompiled = await cacheWritesSince(o.cacheDir, warmStart);
  o.log(`build again, ${o.languages}, content unchanged: ${warm.toFixed(1)} s, ${warmCompiled} MDX compiled (${warmPhases})`);
  const part = `build ${o.pages} pages, ${o.languages}`;
  return [
    { part, measure: 'cold (no .next, no MDX cache)', value: cold, unit: 's', target: '<= 60 s (2 cores)', pass: cold <= 60, note: `MDX compiled: ${coldCompiled}; ${coldPhases}` },
    { part, measure: 'again, content unchanged', value: warm, unit: 's', target: '<= 60 s', pass: warm <= 60, note: warmPhases },
    { part, measure: 'MDX compiled again on rebuild', value: warmCompiled, unit: 'files', anchor: { label: 'compiled cold', value: coldCompiled }, target: '0', pass: warmCompiled === 0 },
  ];
}
