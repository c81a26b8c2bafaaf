import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startInstance } from '../../deploy/cluster/cluster';
import { localizedPath } from '../../i18n/paths';
import { DEFAULT_LOCALE, LOCALES } from '../../lib/i18n/locales';
import type { BenchRow } from './report';

export type Measured = { kb: number; scripts: number; polyfills: number } | { status: number };

/**
 * Gzipped JavaScript one page makes a modern browser download: every /_next/static script its HTML
 * references (noModule polyfills counted apart), at the size nginx sends it (the precompressed .gz, else
 * gzip -9 of the file in `distDir`).
 *
 * @param origin - a server of the build in `distDir`, e.g. `http://127.0.0.1:41234`
 * @returns KB (1,024 bytes) and script counts, or the HTTP status when the page is not 200
 */
export async function measurePageJs(origin: string, distDir: string, pagePath: string): Promise<Measured> {
  const res = await fetch(`${origin}${pagePath}`);
  const html = await res.text();
  if (res.status !== 200) return { status: res.status };
  // <script src> tags a modern browser runs; noModule polyfills are fetched only by old browsers.
  const tags = [...html.matchAll(/<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)];
  const scripts = [...new Set(tags.filter((m) => !/\snomodule/i.test(m[0])).map((m) => m[1]!))];
  let bytes = 0;
  for (const src of scripts) {
    const file = path.join(distDir, 'static', decodeURIComponent(src.slice('/_next/static/'.length)));
    const gz = await readFile(`${file}.gz`).catch(async () => gzipSync(await readFile(file), { level: 9 }));
    bytes += gz.length;
  }
  return { kb: bytes / 1024, scripts: scripts.length, polyfills: tags.length - scripts.length };
}

/**
 * Gzipped JavaScript each page type makes a modern browser download: every /_next/static script the page's
 * HTML references, at the size nginx sends it (the precompressed .gz, else gzip -9 of the file).
 *
 * @param o.perLanguage - page types measured again in each of the 24 languages: one row per language, the
 *   first type's size as its value and the others' in its note
 */
export async function benchJsSize(o: {
  distDir: string;
  env: Record<string, string>;
  pages: Record<string, string>;
  perLanguage?: Record<string, string>;
}): Promise<BenchRow[]> {
  const instance = await startInstance({ name: 'bench-js', port: 0, distDir: o.distDir, env: o.env, logDir: os.tmpdir(), readyPath: '/' });
  const measure = (pagePath: string) => measurePageJs(`http://127.0.0.1:${instance.port}`, o.distDir, pagePath);
  const rows: BenchRow[] = [];
  try {
    for (const [type, pagePath] of Object.entries(o.pages)) {
      const m = await measure(pagePath);
      if ('status' in m) rows.push({ part: 'gzipped JS', measure: `${type} (${pagePath})`, value: Number.NaN, unit: 'KB', note: `HTTP ${m.status}` });
      else rows.push({ part: 'gzipped JS', measure: `${type} (${pagePath})`, value: m.kb, unit: 'KB', note: `${m.scripts} scripts${m.polyfills ? ` (+${m.polyfills} noModule polyfill not counted)` : ''}` });
    }
    const types = Object.entries(o.perLanguage ?? {});
    if (types.length) {
      const english: Record<string, number> = {};
      // English first: each other language's row compares with it.
      for (const locale of [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)]) {
        const sizes = await Promise.all(types.map(async ([type, pagePath]) => [type, localizedPath(pagePath, locale), await measure(localizedPath(pagePath, locale))] as const));
        const kb = (m: Measured) => ('status' in m ? Number.NaN : m.kb);
        if (locale === 'en') for (const [type, , m] of sizes) english[type] = kb(m);
        const [first, ...others] = sizes;
        const diff = (type: string, m: Measured) => ('status' in m ? `HTTP ${m.status}` : `${(m.kb - english[type]!).toFixed(2)} KB against English`);
        rows.push({
          part: 'gzipped JS per language',
          measure: `${first![0]}, ${locale} (${first![1]})`,
          value: kb(first![2]),
          unit: 'KB',
          note: [diff(first![0], first![2]), ...others.map(([type, p, m]) => `${type} (${p}) ${'status' in m ? `HTTP ${m.status}` : `${m.kb.toFixed(1)} KB, ${diff(type, m)}`}`)].join('; '),
        });
      }
    }
  } finally {
    instance.kill('SIGTERM');
    await instance.exited;
  }
  return rows;
}
