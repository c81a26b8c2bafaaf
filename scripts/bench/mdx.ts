import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import remarkGfm from 'remark-gfm';
import { compileMdx, getCompileStats, resetCompileStats } from '../../lib/content/mdx';
import type { BenchRow } from './report';
import { median } from './util';

/** MDX bodies of the generated site's meetings (with outcomes), the typical content file. */
async function sampleBodies(contentDir: string, count: number): Promise<{ file: string; body: string }[]> {
  const dir = path.join(contentDir, 'meetings');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort().slice(0, count);
  return Promise.all(names.map(async (n) => ({ file: path.join(dir, n), body: matter(await readFile(path.join(dir, n), 'utf8')).content })));
}

async function perFileMs(bodies: { file: string; body: string }[], fn: (b: { file: string; body: string }) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (const b of bodies) await fn(b);
  return (performance.now() - started) / bodies.length;
}

export async function benchMdx(o: { contentDir: string; files: number; runs: number; log: (l: string) => void }): Promise<BenchRow[]> {
  const bodies = await sampleBodies(o.contentDir, o.files);
  // ESM-only package: loaded with import() from these CommonJS scripts.
  const { compile } = await import('@mdx-js/mdx');
  const anchor = (b: { body: string }) => compile(b.body, { remarkPlugins: [remarkGfm] });
  // Warm both compilers (module loading, esbuild's service) on another text, outside the timings.
  await anchor({ body: '# warm-up' });
  const warmDir = await mkdtemp(path.join(os.tmpdir(), 'dei-bench-mdx-'));
  await compileMdx('# warm-up', 'warm-up.mdx', { cacheDir: warmDir });
  const cold: number[] = [];
  const cached: number[] = [];
  const raw: number[] = [];
  let compiledOnCacheRun = 0;
  for (let run = 0; run < o.runs; run += 1) {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dei-bench-mdx-'));
    raw.push(await perFileMs(bodies, anchor));
    cold.push(await perFileMs(bodies, (b) => compileMdx(b.body, b.file, { cacheDir })));
    resetCompileStats();
    cached.push(await perFileMs(bodies, (b) => compileMdx(b.body, b.file, { cacheDir })));
    compiledOnCacheRun += getCompileStats().compiled;
    await rm(cacheDir, { recursive: true, force: true });
    o.log(`mdx run ${run + 1}: @mdx-js/mdx ${raw.at(-1)!.toFixed(2)} ms, bundler cold ${cold.at(-1)!.toFixed(2)} ms, cached ${cached.at(-1)!.toFixed(3)} ms per file`);
  }
  await rm(warmDir, { recursive: true, force: true });
  const a = median(raw);
  return [
    { part: 'MDX compile', measure: `mdx-bundler cold, per file (${bodies.length} files)`, value: median(cold), unit: 'ms', anchor: { label: '@mdx-js/mdx compile', value: a }, ratio: median(cold) / a, note: 'ratio = time / anchor time' },
    { part: 'MDX compile', measure: 'mdx-bundler from cache, per file', value: median(cached), unit: 'ms', anchor: { label: '@mdx-js/mdx compile', value: a }, ratio: median(cached) / a, note: `compiled again: ${compiledOnCacheRun}` },
  ];
}
