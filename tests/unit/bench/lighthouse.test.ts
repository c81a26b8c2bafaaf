import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_CHROME_FLAGS, readLighthouseRun } from '@/scripts/bench/lighthouse';

const origin = 'http://127.0.0.1:41234';

/** The parts of a Lighthouse 12 report (lhr) the bench reads, with the audits' own ids and units. */
function lhr(requests: string[], extra: object = {}) {
  return {
    categories: { performance: { score: 0.93 } },
    audits: {
      'largest-contentful-paint': { numericValue: 2150.4 },
      'total-blocking-time': { numericValue: 310 },
      'cumulative-layout-shift': { numericValue: 0 },
      'first-contentful-paint': { numericValue: 800 },
      'network-requests': { details: { items: requests.map((url) => ({ url })) } },
    },
    environment: { benchmarkIndex: 812 },
    ...extra,
  };
}

describe('readLighthouseRun', () => {
  it('reads the score (0–100) and the four metrics in their units', () => {
    expect(readLighthouseRun(lhr([`${origin}/`]), origin)).toEqual({ score: 93, lcpMs: 2150.4, tbtMs: 310, cls: 0, fcpMs: 800, benchmarkIndex: 812, requests: 1, offOrigin: [] });
  });

  it('lists every request that left the server, and only those', () => {
    const run = readLighthouseRun(lhr([`${origin}/`, `${origin}/_next/static/chunks/a.js`, 'data:image/svg+xml,<svg/>', 'https://fonts.example.org/a.woff2', 'http://127.0.0.1:9/x']), origin);
    expect(run.offOrigin).toEqual(['https://fonts.example.org/a.woff2', 'http://127.0.0.1:9/x']);
  });

  it('throws on a run Lighthouse itself reports as failed, rather than recording its zero score', () => {
    expect(() => readLighthouseRun(lhr([], { runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } }), origin)).toThrow(/NO_FCP/);
  });
});

describe('LIGHTHOUSE_CHROME_FLAGS', () => {
  it('resolve no host name but the loopback server, so that nothing is fetched from the internet', () => {
    expect(LIGHTHOUSE_CHROME_FLAGS).toContain('--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1');
    expect(LIGHTHOUSE_CHROME_FLAGS).toContain('--disable-background-networking');
  });
});
