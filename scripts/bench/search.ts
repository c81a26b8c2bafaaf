import os from 'node:os';
import { startInstance, type Instance } from '../../deploy/cluster/cluster';
import type { BenchRow } from './report';
import { freePort, medianWrk, wrk, type WrkResult } from './util';

export type SearchBenchOptions = {
  distDir: string;
  env: Record<string, string>;
  /** A prerendered page of the same build: the anchor (S-PERF: search at 50 % or more of its rate). */
  anchorPath: string;
  /** Search URLs to measure, such as /search?q=meeting (one row each). */
  searchPaths: readonly string[];
  runs: number;
  seconds: number;
  connections: number;
  log: (line: string) => void;
};

/**
 * Site search through one `next start` (no proxy, no cache in front: every request runs the query),
 * against a prerendered page of the same server, interleaved run by run so a slow moment of the shared
 * machine falls on both alike. One warm-up request per URL first, so the index is built before timing.
 */
export async function benchSearch(o: SearchBenchOptions): Promise<BenchRow[]> {
  let server: Instance | undefined;
  try {
    const port = await freePort();
    server = await startInstance({ name: 'bench-search', port, distDir: o.distDir, env: o.env, logDir: os.tmpdir(), readyPath: o.anchorPath });
    const base = `http://127.0.0.1:${port}`;
    const targets = [o.anchorPath, ...o.searchPaths];
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
    const rows: BenchRow[] = [
      { part: 'search', measure: `prerendered page ${o.anchorPath}, next start, ${o.connections} conns`, value: anchor.rps, unit: 'req/s', note: `p50 ${anchor.p50ms} ms, p99 ${anchor.p99ms} ms` },
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
        note: `p50 ${s.p50ms} ms, p99 ${s.p99ms} ms${s.errors ? `, ${s.errors} errors` : ''}`,
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
