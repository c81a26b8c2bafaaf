import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startInstance } from '../../deploy/cluster/cluster';
import type { BenchRow } from './report';

/**
 * Gzipped JavaScript each page type makes a modern browser download: every /_next/static script the page's
 * HTML references, at the size nginx sends it (the precompressed .gz, else gzip -9 of the file).
 */
export async function benchJsSize(o: { distDir: string; env: Record<string, string>; pages: Record<string, string> }): Promise<BenchRow[]> {
  const instance = await startInstance({ name: 'bench-js', port: 3622, distDir: o.distDir, env: o.env, logDir: os.tmpdir(), readyPath: '/' });
  const rows: BenchRow[] = [];
  try {
    for (const [type, pagePath] of Object.entries(o.pages)) {
      const res = await fetch(`http://127.0.0.1:${instance.port}${pagePath}`);
      const html = await res.text();
      if (res.status !== 200) {
        rows.push({ part: 'gzipped JS', measure: `${type} (${pagePath})`, value: Number.NaN, unit: 'KB', note: `HTTP ${res.status}` });
        continue;
      }
      // <script src> tags a modern browser runs; noModule polyfills are fetched only by old browsers.
      const tags = [...html.matchAll(/<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)];
      const scripts = [...new Set(tags.filter((m) => !/\snomodule/i.test(m[0])).map((m) => m[1]!))];
      const polyfills = tags.length - scripts.length;
      let bytes = 0;
      for (const src of scripts) {
        const file = path.join(o.distDir, 'static', decodeURIComponent(src.slice('/_next/static/'.length)));
        const gz = await readFile(`${file}.gz`).catch(async () => gzipSync(await readFile(file), { level: 9 }));
        bytes += gz.length;
      }
      rows.push({ part: 'gzipped JS', measure: `${type} (${pagePath})`, value: bytes / 1024, unit: 'KB', note: `${scripts.length} scripts${polyfills ? ` (+${polyfills} noModule polyfill not counted)` : ''}` });
    }
  } finally {
    instance.kill('SIGTERM');
    await instance.exited;
  }
  return rows;
}
