import os from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { getEnv } from './lib/env';
import { CLOCK_PAGE_REVALIDATE_SECONDS } from './lib/site/freshness';

// S-OPS-4: the first thing the build and every server do is parse the environment; a bad value throws
// here, naming the variable, before a page is built or served (server.mjs then exits with code 1).
getEnv();

/**
 * Content-Security-Policy. Prerendered pages carry React's inline bootstrap scripts, and a static page
 * cannot carry a per-request nonce, so scripts are limited to this origin plus inline (see
 * docs/decisions/0003-content-security-policy.md). Nothing is ever loaded from another origin.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Browsers ignore HSTS over plain http, so sending it from every production build is safe.
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // S-OPS-5: past its revalidate time a clock-dependent page is rendered again before it is answered,
  // never served stale, and its Cache-Control carries no stale-while-revalidate (lib/site/freshness.ts).
  expireTime: CLOCK_PAGE_REVALIDATE_SECONDS,
  // Tests build the seed site and the fixture site side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Behind the reverse proxy, compression happens once there (deploy/); Next compresses per request.
  compress: process.env.NEXT_COMPRESS !== 'false',
  serverExternalPackages: ['better-sqlite3', 'mdx-bundler', 'esbuild'],
  // Types are checked by `npm run typecheck`, which `npm test` and CI run first; checking them again in
  // every build cost 8 to 20 s of the 1,000-page build (docs/decisions/0072-build-time.md).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next prerenders with one worker fewer than the cores (one, on two cores), and hands each worker one
    // contiguous slice of the paths: the slice of meeting pages did the work while the slice of their
    // calendar files sat idle. Two workers per core split the heavy slice in two (decision 0072).
    cpus: 2 * os.availableParallelism(),
    // Pages rendered after the build (a page past its revalidate time, an unknown address's 404, an unknown
    // meeting slug) are kept in Next's in-memory cache, bounded by cacheMaxMemorySize (50 MB, least
    // recently used first), and never written under <distDir>/server: written, every random address a
    // client invents added about 130 KB on disk, without bound (decision 0132). What the build wrote is
    // still served from disk.
    isrFlushToDisk: false,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

// next-intl finds the request configuration (which catalogue a render gets) in i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
