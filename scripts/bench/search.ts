import os from 'node:os';
import { startInstance, type Instance } from '../../deploy/cluster/cluster';
import type { BenchRow } from './report';
import { medianWrk, wrk, type WrkResult } from './util';

export type SearchBenchOptions = {
  distDir: string;
  env: Record<string, string>;
  /** A prerendered page of the same build: the anchor (S-PERF: search at 50 % or more of its rate). */
  anchorPath: string;
  /** Search URLs to measure, such as /search?q=meeting (one row each). */
  searchPaths: readonly string[];
  /** The search page with no query: Next's dynamic render of the page alone, no search (default /search). */
  ceilingPath?: string;
  runs: number;
  seconds: number;
  connections: number;
  log: (line: string) => void;
};

/**
 * Site search through one `next start` (no proxy, no cache in front: every request runs the query),
 * against a prerendered page of the same server (the S-PERF anchor) and the search page without a query
 * (what Next's dynamic rendering of that page costs with no search at all: the ceiling any search can
 * reach), interleaved run by run so a slow moment of the shared machine falls on all alike. One warm-up
 * request per URL first (the server also builds its indexes at start).
 */
export async function benchSearch(o: SearchBenchOptions): Promise<BenchRow[]> {
  let server: Instance | undefined;
  try {
    server = await startInstance({ name: 'bench-search', port: 0, distDir: o.distDir, env: o.env, logDir: os.tmpdir(), readyPath: o.anchorPath });
    const base = `http://127.0.0.1:${server.port}`;
    const ceilingPath = o.ceilingPath ?? '/search';
    const targets = [o.anchorPath, ceilingPath, ...o.searchPaths];
    for (const target of targets) {
      const res = await fetch(`${base}${target}`);
      const html = await res.text();
      if (res.status !== 200) throw new Error(`${target} answered ${res.status}`);
      o.log(`search warm-up ${target}: ${(html.length / 1024).toFixed(0)} KB of HTML, x-nextjs-cache ${res.headers.get('x-nextjs-cache') ?? '-'}`);
    }
    const raw = new Map<string, WrkResult[]>(targets.map((t) => [t, []]));
    for (let run = 0; run < o.runs; run += 1) {
      for (const target of targets) {
        const r = await wrk(`${base}${target}`, { seconds: o.seconds, connections: o.connections, threads: 2 });
        raw.get(target)!.push(r);
        o.log(`search run ${run + 1} ${target}: ${r.rps.toFixed(0)} req/s p50 ${r.p50ms} ms p99 ${r.p99ms} ms`);
      }
    }
    const anchor = medianWrk(raw.get(o.anchorPath)!);
    const ceiling = medianWrk(raw.get(ceilingPath)!);
    const rows: BenchRow[] = [
      { part: 'search', measure: `prerendered page ${o.anchorPath}, next start, ${o.connections} conns`, value: anchor.rps, unit: 'req/s', note: `p50 ${anchor.p50ms} ms, p99 ${anchor.p99ms} ms` },
      {
        part: 'search',
        measure: `${ceilingPath} without a query (dynamic render, no search)`,
        value: ceiling.rps,
        unit: 'req/s',
        anchor: { label: 'prerendered page', value: anchor.rps },
        ratio: ceiling.rps / anchor.rps,
        note: `p50 ${ceiling.p50ms} ms, p99 ${ceiling.p99ms} ms${ceiling.errors ? `, ${ceiling.errors} errors` : ''}`,
      },
    ];
    for (const target of o.searchPaths) {
      const s = medianWrk(raw.get(target)!);
      rows.push({
        part: 'search',
        measure: `${target}, next start, ${o.connections} conns`,
        value: s.rps,
        unit: 'req/s',
        anchor: { label: 'prerendered page', value: anchor.rps },
        ratio: s.rps / anchor.rps,
        target: '>= 50% of the page',
        pass: s.rps / anchor.rps >= 0.5 && s.errors === 0,
        note: `p50 ${s.p50ms} ms, p99 ${s.p99ms} ms${s.errors ? `, ${s.errors} errors` : ''}; ${((s.rps / ceiling.rps) * 100).toFixed(0)}% of the page without a query`,
      });
    }
    return rows;
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await server.exited;
    }
  }
}
