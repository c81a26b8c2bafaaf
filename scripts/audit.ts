/**
 * `npm run audit`: Lighthouse 12.2.3 (mobile, its default) on the home page, a working group, a meeting and
 * the form page of a production build, served the production way (nginx in front of `next start`, see
 * deploy/). Prints the four category scores of each page and writes bench-results/audit.json, with the
 * full reports in bench-results/lighthouse/.
 *
 *   npm run audit -- [--dist-dir .next] [--content-dir content] [--runs 1] [--meeting /meetings/<slug>]
 *
 * Builds first when the dist dir has no build. System Chromium, headless, no sandbox (runs as root).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, startCluster } from '../deploy/cluster/cluster';
import { LIGHTHOUSE_CHROME_FLAGS } from './bench/lighthouse';
import { median } from './bench/util';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = 3660;

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string; scoreDisplayMode: string }>;
};

async function main() {
  const { values: f } = parseArgs({
    options: {
      'dist-dir': { type: 'string', default: '.next' },
      'content-dir': { type: 'string', default: 'content' },
      runs: { type: 'string', default: '1' },
      meeting: { type: 'string' },
      group: { type: 'string', default: '/working-groups/wg1' },
    },
  });
  const distDir = path.resolve(REPO_ROOT, f['dist-dir']);
  const siteUrl = `http://127.0.0.1:${PORT}`;
  const env = { CONTENT_DIR: f['content-dir'], SITE_URL: siteUrl, NEXT_DIST_DIR: path.relative(REPO_ROOT, distDir) };
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log(`audit: no build in ${distDir}, running npm run build`);
    const r = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } });
    if (r.status !== 0) throw new Error('npm run build failed');
  }

  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const dbDir = await mkdtemp(path.join(os.tmpdir(), 'dei-audit-'));
  const cluster = await startCluster({
    port: PORT,
    instances: 1,
    distDir,
    databaseUrl: `file:${path.join(dbDir, 'audit.sqlite')}`,
    env: { CONTENT_DIR: f['content-dir'], SITE_URL: siteUrl },
    accessLog: false,
    log: (l) => console.log(`audit: ${l}`),
  });
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: LIGHTHOUSE_CHROME_FLAGS });
  const out = path.join(REPO_ROOT, 'bench-results');
  await mkdir(path.join(out, 'lighthouse'), { recursive: true });
  const results: { page: string; url: string; scores: Record<string, number>; failing: string[] }[] = [];
  try {
    let meeting = f.meeting;
    if (!meeting) {
      const list = await (await fetch(`${cluster.url}/meetings`)).text();
      meeting = /href="(\/meetings\/[a-z0-9-]+)"/.exec(list)?.[1];
      if (!meeting) throw new Error('no meeting link on /meetings: pass --meeting /meetings/<slug>');
    }
    const pages: Record<string, string> = { home: '/', group: f.group, meeting, form: '/participate' };
    for (const [page, pagePath] of Object.entries(pages)) {
      const url = `${cluster.url}${pagePath}`;
      const runs: Lhr[] = [];
      for (let run = 0; run < Number(f.runs); run += 1) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        runs.push(result.lhr as unknown as Lhr);
        await writeFile(path.join(out, 'lighthouse', `${page}-${run + 1}.json`), JSON.stringify(result.lhr));
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(median(runs.map((r) => (r.categories[c]?.score ?? 0) * 100)))]));
      const last = runs.at(-1)!;
      const weighted = new Set(CATEGORIES.flatMap((c) => last.categories[c]?.auditRefs.filter((a) => a.weight > 0).map((a) => a.id) ?? []));
      const failing = Object.entries(last.audits)
        .filter(([id, a]) => weighted.has(id) && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      results.push({ page, url: pagePath, scores, failing });
      console.log(`audit: ${page} ${pagePath}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    }
  } finally {
    chrome.kill();
    await cluster.stop();
  }

  const header = `| page | path | ${CATEGORIES.join(' | ')} |`;
  const rule = `|${'---|'.repeat(CATEGORIES.length + 2)}`;
  const lines = results.map((r) => `| ${r.page} | ${r.url} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`);
  console.log(`\n${[header, rule, ...lines].join('\n')}\n`);
  for (const r of results) if (r.failing.length) console.log(`audit: ${r.page}: below 1: ${r.failing.join(', ')}`);
  await writeFile(path.join(out, 'audit.json'), `${JSON.stringify({ when: new Date().toISOString(), lighthouse: '12.2.3', formFactor: 'mobile', results }, null, 2)}\n`);
  const low = results.filter((r) => CATEGORIES.some((c) => r.scores[c] !== 100));
  if (low.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
