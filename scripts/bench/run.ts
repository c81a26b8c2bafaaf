/**
 * `npm run bench` (S-PERF): one table, every figure beside its anchor measured in the same run, medians
 * of several runs; also written to bench-results/bench.json. Each part can be skipped:
 *
 *   npm run bench -- [--skip-build] [--skip-english-build] [--skip-pages] [--skip-search] [--skip-mdx] [--skip-registrations] [--skip-js] [--skip-mail] [--skip-lighthouse]
 *                    [--search '/search?q=meeting,/search?q=working+group'] [--translated-meetings 10]
 *                    [--mail-burst 400] [--mail-rate 50] [--mail-seconds 10]
 *                    [--server-args='--max-in-flight 100000'] (more server.mjs arguments, for the registration and mail parts)
 *                    [--lighthouse-runs 3] [--lighthouse-reports bench-results/lighthouse-bench] (Lighthouse mobile on home, --page, --meeting, /participate)
 *                    [--runs 3] [--seconds 5] [--pages 1000] [--registration-seconds 10] [--raw-inserts 1000] [--concurrency 32]
 *
 * The build part builds the generated site twice over (S-PERF): in English only, as before the site had
 * languages (.next-bench-en), and in 24 languages (.next-bench): the same site with the home page, the groups,
 * the plain pages and the first --translated-meetings meetings translated into the other 23 languages, so
 * that the build prerenders every language that has content and leaves the rest to be rendered on demand.
 *
 * The parts that need a server use the production build of the generated 1,000-page site in 24 languages
 * (.next-bench), made by the build part (or once, untimed, when that part is skipped and no build exists), or the build
 * given with --dist-dir/--content-dir (--page and --meeting then name pages of that site).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../deploy/cluster/cluster';
import { ensurePostgres, stopPostgres } from '../../deploy/cluster/postgres';
import { generateSite } from '../generate-site';
import { benchBuild } from './build';
import { benchJsSize } from './js-size';
import { benchLighthouse } from './lighthouse';
import { benchMail } from './mail';
import { benchMdx } from './mdx';
import { benchPages } from './pages';
import { benchRegistrations } from './registrations';
import { benchSearch } from './search';
import { renderTable, type BenchRow } from './report';

async function main() {
  const { values: f } = parseArgs({
    options: {
      'skip-build': { type: 'boolean', default: false },
      'skip-english-build': { type: 'boolean', default: false },
      'translated-meetings': { type: 'string', default: '10' },
      'skip-pages': { type: 'boolean', default: false },
      'skip-search': { type: 'boolean', default: false },
      'skip-mdx': { type: 'boolean', default: false },
      'skip-registrations': { type: 'boolean', default: false },
      'skip-js': { type: 'boolean', default: false },
      'skip-mail': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '3' },
      'lighthouse-reports': { type: 'string' },
      'mail-burst': { type: 'string', default: '400' },
      'mail-rate': { type: 'string', default: '50' },
      'mail-seconds': { type: 'string', default: '10' },
      'server-args': { type: 'string', default: '' },
      runs: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      pages: { type: 'string', default: '1000' },
      'registration-seconds': { type: 'string', default: '10' },
      'raw-inserts': { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '32' },
      page: { type: 'string', default: '/working-groups/wg1' },
      meeting: { type: 'string', default: '/meetings/benchmark-meeting-0001' },
      // Comma-separated search URLs, each measured against the prerendered --meeting page.
      search: { type: 'string', default: '/search?q=meeting,/fr/search?q=benchmark+meeting,/pl/search?q=meeting' },
      // Server parts on another production build (e.g. .next-fixtures with tests/fixtures/content).
      'dist-dir': { type: 'string' },
      'content-dir': { type: 'string' },
      'postgres-url': { type: 'string', default: 'postgres://dei:dei@127.0.0.1:5432/dei_bench' },
    },
  });
  const runs = Number(f.runs);
  const serverArgs = f['server-args'].split(/\s+/).filter(Boolean);
  const pages = Number(f.pages);
  const log = (line: string) => console.log(`bench: ${line}`);
  const out = path.join(REPO_ROOT, 'bench-results');
  const siteDir = path.join(out, 'site');
  const contentDir = path.join(siteDir, 'content');
  const cacheDir = path.join(siteDir, 'mdx-cache');
  const englishContentDir = path.join(siteDir, 'content-en');
  const translatedMeetings = Number(f['translated-meetings']);
  const benchDistDir = path.join(REPO_ROOT, '.next-bench');
  const distDir = f['dist-dir'] ? path.resolve(REPO_ROOT, f['dist-dir']) : benchDistDir;
  const serverContentDir = f['content-dir'] ? path.resolve(REPO_ROOT, f['content-dir']) : contentDir;
  await mkdir(out, { recursive: true });
  const started = Date.now();
  const rows: BenchRow[] = [];
  const failures: { part: string; message: string }[] = [];
  /** One part failing (a missing page, a server that did not start) is reported, and the others still run. */
  const part = async (name: string, fn: () => Promise<BenchRow[]>) => {
    try {
      rows.push(...(await fn()));
    } catch (error) {
      console.error(`bench: ${name} failed:`, error);
      failures.push({ part: name, message: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160) });
    }
  };
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() };

  const counts = await generateSite(contentDir, pages, { translatedMeetings });
  log(`generated ${pages} pages in ${path.relative(REPO_ROOT, contentDir)} ${JSON.stringify(counts)}`);
  const languages = `24 languages (${counts.translations} translations)`;
  const buildLog = path.join(out, 'build.log');

  if (!f['skip-build']) {
    if (!f['skip-english-build']) {
      await generateSite(englishContentDir, pages);
      const distDirEn = path.join(REPO_ROOT, '.next-bench-en');
      const cacheDirEn = path.join(siteDir, 'mdx-cache-en');
      rows.push(...(await benchBuild({ contentDir: englishContentDir, distDir: distDirEn, cacheDir: cacheDirEn, pages, languages: 'English only', logFile: buildLog, log })));
    }
    rows.push(...(await benchBuild({ contentDir, distDir: benchDistDir, cacheDir, pages, languages, logFile: buildLog, log })));
  } else if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    if (f['dist-dir']) throw new Error(`no production build in ${distDir}`);
    log('no .next-bench build: building once (untimed) for the server parts');
    await benchBuild({ contentDir, distDir, cacheDir, pages, languages, logFile: buildLog, log });
  }

  const serverEnv = {
    CONTENT_DIR: serverContentDir,
    MDX_CACHE_DIR: cacheDir,
    SITE_URL: 'http://127.0.0.1:3630',
    DATABASE_URL: `file:${path.join(await mkdtemp(path.join(os.tmpdir(), 'dei-bench-')), 'pages.sqlite')}`,
  };

  if (!f['skip-pages']) {
    await part('pages', async () => (await benchPages({ distDir, env: serverEnv, pagePath: f.page, runs, seconds: Number(f.seconds), connections: 32, log })).rows);
  }
  if (!f['skip-search']) {
    await part('search', () =>
      benchSearch({ distDir, env: serverEnv, anchorPath: f.meeting, searchPaths: f.search.split(',').filter(Boolean), runs, seconds: Number(f.seconds), connections: 32, log }),
    );
  }
  if (!f['skip-js']) {
    await part('gzipped JS', () =>
      benchJsSize({
        distDir,
        env: serverEnv,
        pages: { home: '/', group: f.page, meeting: f.meeting, meetings: '/meetings', form: '/participate' },
        // A content page and the form in each of the 24 languages: the same JavaScript in all (S-PERF).
        perLanguage: { meeting: f.meeting, form: '/participate' },
      }),
    );
  }
  if (!f['skip-lighthouse']) {
    await part('Lighthouse mobile', () =>
      benchLighthouse({
        distDir,
        env: serverEnv,
        pages: { home: '/', group: f.page, meeting: f.meeting, form: '/participate' },
        runs: Number(f['lighthouse-runs']),
        reportDir: f['lighthouse-reports'] ? path.resolve(REPO_ROOT, f['lighthouse-reports']) : undefined,
        log,
      }),
    );
  }
  if (!f['skip-mail']) {
    await part('mail', () =>
      benchMail({
        distDir,
        env: serverEnv,
        burst: Number(f['mail-burst']),
        steadyPerSecond: Number(f['mail-rate']),
        steadySeconds: Number(f['mail-seconds']),
        concurrency: Number(f.concurrency),
        serverArgs,
        log,
      }),
    );
  }
  if (!f['skip-mdx']) await part('MDX compile', () => benchMdx({ contentDir, files: 100, runs, log }));
  if (!f['skip-registrations']) {
    const startedPg = ensurePostgres();
    try {
      await part('registrations', () =>
        benchRegistrations({ distDir, env: serverEnv, runs, seconds: Number(f['registration-seconds']), rawPerRun: Number(f['raw-inserts']), concurrency: Number(f.concurrency), postgresUrl: f['postgres-url'], serverArgs, log }),
      );
    } finally {
      if (startedPg) stopPostgres();
    }
  }

  if (failures.length) for (const fail of failures) rows.push({ part: fail.part, measure: 'FAILED', value: Number.NaN, unit: '', note: fail.message });
  const table = renderTable(rows);
  console.log(`\n${table}\n`);
  const seconds = (Date.now() - started) / 1000;
  const loadEnd = os.loadavg();
  console.log(
    `bench: ${seconds.toFixed(0)} s in all; ${machine.cpus} CPU(s) ${machine.model ?? ''}, Node ${machine.node}; ` +
      `1-min load average ${machine.loadavg[0]?.toFixed(1)} at start, ${loadEnd[0]?.toFixed(1)} at end (other work on the machine shares the cores)`,
  );
  await writeFile(path.join(out, 'bench.json'), `${JSON.stringify({ when: new Date().toISOString(), seconds, machine, loadavgEnd: loadEnd, options: f, rows }, null, 2)}\n`);
  await writeFile(path.join(out, 'bench.md'), `${table}\n`);
  if (failures.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
