import os from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startInstance } from '../../deploy/cluster/cluster';
import { measurePageJs } from './js-size';
import type { BenchRow } from './report';
import { median } from './util';

/**
 * Flags for the system Chromium that Lighthouse drives: headless, no sandbox (the bench runs as root), and
 * nothing that reaches the internet. The host resolver answers NOTFOUND for every name but the loopback
 * server, so a request off the machine fails at once instead of waiting on the network (the bench works
 * offline); the other switches stop Chromium's own update, sync and field-trial traffic.
 */
export const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** What the bench keeps of one Lighthouse report (lhr): milliseconds, CLS unitless, score 0–100. */
export type LighthouseRun = {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Lighthouse's measure of the machine's speed during the run (higher is faster; ~1,000+ on a quiet desktop core). */
  benchmarkIndex: number;
  /** Requests the page made while Lighthouse watched it (prefetches included). */
  requests: number;
  offOrigin: string[];
};

type Lhr = {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: { url?: string }[] } }>;
  runtimeError?: { code: string; message: string };
  environment?: { benchmarkIndex?: number };
};

/** Reads the figures of one report; `origin` is the server's, any request elsewhere is listed in offOrigin. */
export function readLighthouseRun(lhr: Lhr, origin: string): LighthouseRun {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const n = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const urls = (lhr.audits['network-requests']?.details?.items ?? []).map((i) => i.url ?? '');
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: n('largest-contentful-paint'),
    tbtMs: n('total-blocking-time'),
    cls: n('cumulative-layout-shift'),
    fcpMs: n('first-contentful-paint'),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    requests: urls.length,
    offOrigin: urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:')),
  };
}

/**
 * Lighthouse 12 (npm `lighthouse`, mobile preset: its default, simulated slow 4G and a 4x CPU slowdown),
 * performance category only, on each page of a production build served by server.mjs on a port the system
 * hands out, with responses compressed (as the nginx recipe sends them). One row per page: the median over
 * `runs` of the score and of each of LCP, TBT, CLS and FCP (each metric's own median), and the page's
 * gzipped JavaScript (measurePageJs). The anchor is the same page with its /_next/static scripts blocked
 * (Lighthouse's blockedUrlPatterns): what the page scores without the framework's JavaScript, so the gap
 * is what that JavaScript costs on this machine at this moment.
 *
 * Simulated throttling multiplies the CPU time Chromium actually spent, so TBT (and with it the score)
 * rises with the machine's load: compare rows of the same run only.
 *
 * @param o.pages - page type to path, e.g. `{ home: '/', form: '/participate' }`
 * @param o.reportDir - when given, every report is written there as <type>-<run>.json
 * @throws when a page requested anything from another origin (the site loads nothing from elsewhere)
 */
export async function benchLighthouse(o: {
  distDir: string;
  env: Record<string, string>;
  pages: Record<string, string>;
  runs: number;
  reportDir?: string;
  log: (line: string) => void;
}): Promise<BenchRow[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const instance = await startInstance({
    name: 'bench-lighthouse',
    port: 0,
    distDir: o.distDir,
    env: { NEXT_COMPRESS: 'true', ...o.env },
    logDir: os.tmpdir(),
    readyPath: '/',
  });
  const origin = `http://127.0.0.1:${instance.port}`;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: LIGHTHOUSE_CHROME_FLAGS });
  if (o.reportDir) await mkdir(o.reportDir, { recursive: true });
  const rows: BenchRow[] = [];
  try {
    const audit = async (type: string, url: string, run: number, blocked: string[]) => {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], blockedUrlPatterns: blocked });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (o.reportDir) await writeFile(path.join(o.reportDir, `${type}${blocked.length ? '-nojs' : ''}-${run}.json`), JSON.stringify(result.lhr));
      return readLighthouseRun(result.lhr as unknown as Lhr, origin);
    };
    for (const [type, pagePath] of Object.entries(o.pages)) {
      const url = `${origin}${pagePath}`;
      // Warm the server's cache of the page (an on-demand language renders once) outside the measured runs.
      await fetch(url).then((r) => r.arrayBuffer());
      const runs: LighthouseRun[] = [];
      const anchors: LighthouseRun[] = [];
      // Alternated, so that a change in the machine's load falls on both.
      for (let run = 1; run <= o.runs; run += 1) {
        runs.push(await audit(type, url, run, []));
        anchors.push(await audit(type, url, run, ['*/_next/static/*.js']));
      }
      const off = [...new Set([...runs, ...anchors].flatMap((r) => r.offOrigin))];
      if (off.length) throw new Error(`${pagePath} requested another origin: ${off.slice(0, 3).join(', ')}`);
      const m = (runsOf: LighthouseRun[], k: keyof Omit<LighthouseRun, 'offOrigin'>) => median(runsOf.map((r) => r[k]));
      const js = await measurePageJs(origin, o.distDir, pagePath);
      const jsNote = 'status' in js ? `JS: HTTP ${js.status}` : `JS ${js.kb.toFixed(1)} KB gzipped (${js.scripts} scripts)`;
      const score = m(runs, 'score');
      rows.push({
        part: 'Lighthouse mobile',
        measure: `${type} (${pagePath})`,
        value: score,
        unit: 'score',
        anchor: { label: 'its scripts blocked', value: m(anchors, 'score') },
        target: '100',
        pass: score === 100,
        note:
          `LCP ${m(runs, 'lcpMs').toFixed(0)} ms, TBT ${m(runs, 'tbtMs').toFixed(0)} ms, CLS ${m(runs, 'cls').toFixed(3)}, FCP ${m(runs, 'fcpMs').toFixed(0)} ms; ` +
          `${jsNote}; ${m(runs, 'requests').toFixed(0)} requests; runs ${runs.map((r) => r.score).join('/')}; ` +
          `blocked: LCP ${m(anchors, 'lcpMs').toFixed(0)} ms, TBT ${m(anchors, 'tbtMs').toFixed(0)} ms; ` +
          `benchmarkIndex ${m(runs, 'benchmarkIndex').toFixed(0)}`,
      });
      o.log(`lighthouse ${type} ${pagePath}: ${score} (runs ${runs.map((r) => r.score).join('/')}), scripts blocked ${m(anchors, 'score')}`);
    }
  } finally {
    chrome.kill();
    instance.kill('SIGTERM');
    await instance.exited;
  }
  return rows;
}
