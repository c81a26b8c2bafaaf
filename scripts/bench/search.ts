import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startInstance, type Instance } from '../../deploy/cluster/cluster';
import type { BenchRow } from './report';
import { medianWrk, wrk, type WrkResult } from './util';

export type SearchBenchOptions = {
  distDir: string;
  env: Record<string, string>;
  /** A prerendered page of the same build: the anchor (S-PERF: search at 50 % or more of its rate). */
  anchorPath: string;
  /** Search URLs to measure, such as /search?q=meeting (one row each), asked again and again. */
  searchPaths: readonly string[];
  /** Words the "every query different" load picks from, each with a number no page holds. */
  words?: readonly string[];
  runs: number;
  seconds: number;
  connections: number;
  log: (line: string) => void;
};

/** A latency as the table shows it: whole milliseconds above 10, one decimal below. */
const ms = (v: number) => `${v >= 10 ? v.toFixed(0) : v.toFixed(1)} ms`;

/**
 * A wrk script whose every request is a search never asked before (a word, and a token made of the
 * thread and a counter, which matches no page): each one is rendered and searched, none is in the cache.
 */
async function uniqueQueriesScript(words: readonly string[]): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'dei-bench-search-')), 'unique-queries.lua');
  await writeFile(
    file,
    `local words = { ${words.map((w) => JSON.stringify(w)).join(', ')} }
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", "/search?q=" .. words[(n % #words) + 1] .. "+t" .. id .. "n" .. n)
end
`,
  );
  return file;
}

/**
 * Site search through one `next start` (no proxy, no cache in front), against a prerendered page of the
 * same server (the S-PERF anchor), interleaved run by run so a slow moment of the shared machine falls on
 * all alike. Three loads: the search page before a search (built ahead); each of `searchPaths` asked
 * again and again (Next renders a results page once and then serves it from its cache, decision 0169);
 * and every request a query never asked before (each rendered and searched: the cost of a cache miss).
 * One warm-up request per URL first (the server also builds its indexes at start).
 */
export async function benchSearch(o: SearchBenchOptions): Promise<BenchRow[]> {
  let server: Instance | undefined;
  try {
    server = await startInstance({ name: 'bench-search', port: 0, distDir: o.distDir, env: o.env, logDir: os.tmpdir(), readyPath: o.anchorPath });
    const base = `http://127.0.0.1:${server.port}`;
    const startPath = '/search';
    const unique = 'every query different';
    const script = await uniqueQueriesScript(o.words ?? ['meeting', 'benchmark', 'group', 'outcomes', 'synthetic', 'document', 'summary', 'platform']);
    const paths = [o.anchorPath, startPath, ...o.searchPaths];
    for (const target of paths) {
      const res = await fetch(`${base}${target}`);
      const html = await res.text();
      if (res.status !== 200) throw new Error(`${target} answered ${res.status}`);
      o.log(`search warm-up ${target}: ${(html.length / 1024).toFixed(0)} KB of HTML, x-nextjs-cache ${res.headers.get('x-nextjs-cache') ?? '-'}`);
    }
    const raw = new Map<string, WrkResult[]>([...paths, unique].map((t) => [t, []]));
    for (let run = 0; run < o.runs; run += 1) {
      for (const target of [...paths, unique]) {
        const r = target === unique ? await wrk(`${base}/`, { seconds: o.seconds, connections: o.connections, threads: 2, script }) : await wrk(`${base}${target}`, { seconds: o.seconds, connections: o.connections, threads: 2 });
        raw.get(target)!.push(r);
        o.log(`search run ${run + 1} ${target}: ${r.rps.toFixed(0)} req/s p50 ${r.p50ms} ms p99 ${r.p99ms} ms`);
      }
    }
    const anchor = medianWrk(raw.get(o.anchorPath)!);
    const row = (measure: string, s: WrkResult, target?: string): BenchRow => ({
      part: 'search',
      measure,
      value: s.rps,
      unit: 'req/s',
      anchor: { label: 'prerendered page', value: anchor.rps },
      ratio: s.rps / anchor.rps,
      ...(target ? { target, pass: s.rps / anchor.rps >= 0.5 && s.errors === 0 } : {}),
      note: `p50 ${ms(s.p50ms)}, p99 ${ms(s.p99ms)}${s.errors ? `, ${s.errors} errors or timeouts` : ''}`,
    });
    const rows: BenchRow[] = [
      { part: 'search', measure: `prerendered page ${o.anchorPath}, next start, ${o.connections} conns`, value: anchor.rps, unit: 'req/s', note: `p50 ${ms(anchor.p50ms)}, p99 ${ms(anchor.p99ms)}${anchor.errors ? `, ${anchor.errors} errors or timeouts` : ''}` },
      row(`${startPath} before a search (built ahead)`, medianWrk(raw.get(startPath)!)),
      ...o.searchPaths.map((target) => row(`${target} asked again and again (cached after the first)`, medianWrk(raw.get(target)!), '>= 50% of the page')),
      row(`${unique} (/search?q=<word>+<token>: each rendered and searched, none cached)`, medianWrk(raw.get(unique)!)),
    ];
    return rows;
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await server.exited;
    }
  }
}
