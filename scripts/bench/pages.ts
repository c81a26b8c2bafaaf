import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCluster, startInstance, waitForHttp, type Cluster, type Instance } from '../../deploy/cluster/cluster';
import { freePort } from '../../deploy/cluster/ports';
import { loadSecurityHeaders } from '../../deploy/cluster/render-nginx';
import type { BenchRow } from './report';
import { medianWrk, wrk, type WrkResult } from './util';

export type PagesOptions = {
  distDir: string;
  env: Record<string, string>;
  pagePath: string;
  runs: number;
  seconds: number;
  connections: number;
  log: (line: string) => void;
};

/** The limit: nginx alone serving the page's HTML from a file, with the same headers and workers. */
async function startStaticNginx(html: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'dei-bench-static-'));
  for (const d of ['logs', 'html', 'tmp']) await mkdir(path.join(prefix, d), { recursive: true });
  await writeFile(path.join(prefix, 'html', 'page.html'), html);
  const headers = (await loadSecurityHeaders()).map((h) => `      add_header ${h.key} "${h.value.replace(/"/g, '\\"')}" always;`).join('\n');
  const conf = `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  # As in deploy/nginx.conf's edge server, so the limit is nginx at its best, not a weaker anchor.
  open_file_cache max=10000 inactive=60s;
  open_file_cache_valid 10s;
  client_body_temp_path ${prefix}/tmp;
  proxy_temp_path ${prefix}/tmp;
  fastcgi_temp_path ${prefix}/tmp;
  uwsgi_temp_path ${prefix}/tmp;
  scgi_temp_path ${prefix}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${prefix}/html;
    location = /page.html {
${headers}
    }
  }
}
`;
  const confPath = path.join(prefix, 'nginx.conf');
  await writeFile(confPath, conf);
  const child = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', confPath, '-g', 'daemon off;'], { stdio: 'inherit', detached: true });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = `http://127.0.0.1:${port}/page.html`;
  await waitForHttp(url, 10_000, () => child.exitCode === null);
  return {
    url,
    stop: async () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGQUIT');
      await exited;
    },
  };
}

export async function benchPages(o: PagesOptions): Promise<{ rows: BenchRow[]; raw: Record<string, WrkResult[]>; html: string; clusterUrl?: string }> {
  let direct: Instance | undefined;
  let cluster: Cluster | undefined;
  let limit: Awaited<ReturnType<typeof startStaticNginx>> | undefined;
  const raw: Record<string, WrkResult[]> = { next: [], nginx: [], static: [] };
  try {
    direct = await startInstance({ name: 'bench-next', port: 0, distDir: o.distDir, env: o.env, logDir: os.tmpdir(), readyPath: o.pagePath });
    cluster = await startCluster({ instances: 2, distDir: o.distDir, databaseUrl: o.env.DATABASE_URL, env: o.env, accessLog: false, readyPath: o.pagePath, log: o.log });
    const pageUrl = `${cluster.url}${o.pagePath}`;
    // Fill the cache, then check it answers from it.
    await (await fetch(pageUrl)).arrayBuffer();
    const res = await fetch(pageUrl);
    const html = await res.text();
    const cacheStatus = res.headers.get('x-cache-status');
    if (cacheStatus !== 'HIT') o.log(`warning: ${o.pagePath} through nginx is not a cache HIT (${cacheStatus}); Cache-Control: ${res.headers.get('cache-control')}`);
    limit = await startStaticNginx(html, await freePort());

    const targets: [keyof typeof raw, string][] = [
      ['static', limit.url],
      ['nginx', pageUrl],
      ['next', `http://127.0.0.1:${direct.port}${o.pagePath}`],
    ];
    // Interleaved, so a slow moment of the shared machine falls on every target alike.
    for (let run = 0; run < o.runs; run += 1) {
      for (const [name, url] of targets) {
        const r = await wrk(url, { seconds: o.seconds, connections: o.connections, threads: 2 });
        raw[name]!.push(r);
        o.log(`pages run ${run + 1} ${name}: ${r.rps.toFixed(0)} req/s p99 ${r.p99ms} ms`);
      }
    }
    const s = medianWrk(raw.static!);
    const n = medianWrk(raw.nginx!);
    const d = medianWrk(raw.next!);
    const part = `page ${o.pagePath}`;
    const rows: BenchRow[] = [
      { part, measure: `nginx recipe (cached), ${o.connections} conns`, value: n.rps, unit: 'req/s', anchor: { label: 'nginx static file', value: s.rps }, ratio: n.rps / s.rps, target: '>= 80% of nginx', pass: n.rps / s.rps >= 0.8 && n.errors === 0 },
      { part, measure: 'next start alone', value: d.rps, unit: 'req/s', anchor: { label: 'nginx static file', value: s.rps }, ratio: d.rps / s.rps },
      { part, measure: 'nginx recipe p50 / p99', value: n.p50ms, unit: 'ms', note: `p99 ${n.p99ms} ms` },
      { part, measure: 'next start p50 / p99', value: d.p50ms, unit: 'ms', note: `p99 ${d.p99ms} ms` },
      { part, measure: 'nginx static file p50 / p99', value: s.p50ms, unit: 'ms', note: `p99 ${s.p99ms} ms` },
    ];
    return { rows, raw, html, clusterUrl: cluster.url };
  } finally {
    await limit?.stop();
    await cluster?.stop();
    if (direct) {
      direct.kill('SIGTERM');
      await direct.exited;
    }
  }
}
