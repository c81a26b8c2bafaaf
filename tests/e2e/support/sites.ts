import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The two production builds that end-to-end tests run against. Shared by playwright.config.ts,
 * scripts/build-test-sites.ts and the specs, so that ports, directories and environment agree.
 *
 * SITE_URL is baked into prerendered pages (canonical links, feeds), so each site is built with the
 * origin it is later served from; changing a port means rebuilding that site.
 */
export type SiteName = 'seed' | 'fixtures';

export interface Site {
  name: SiteName;
  port: number;
  origin: string;
  contentDir: string;
  distDir: string;
}

function port(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    throw new Error(`${variable} must be a TCP port number, got "${raw}"`);
  }
  return value;
}

function site(name: SiteName, portVariable: string, fallbackPort: number, contentDir: string, distDir: string): Site {
  const p = port(portVariable, fallbackPort);
  // 127.0.0.1 rather than localhost: the server binds to IPv4 loopback and the origin must match exactly.
  return { name, port: p, origin: `http://127.0.0.1:${p}`, contentDir, distDir };
}

export const sites: Record<SiteName, Site> = {
  seed: site('seed', 'E2E_SEED_PORT', 3101, 'content', '.next'),
  fixtures: site('fixtures', 'E2E_FIXTURES_PORT', 3102, 'tests/fixtures/content', '.next-fixtures'),
};

/**
 * The sites this run uses: E2E_SITES=fixtures (or seed) limits both the builds and the Playwright projects
 * and servers, for quick local runs of feature specs. Default: both.
 */
export function selectedSites(): Site[] {
  const names = (process.env.E2E_SITES ?? 'fixtures,seed')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.map((name) => {
    if (!(name in sites)) {
      throw new Error(`unknown site "${name}" in E2E_SITES (known: ${Object.keys(sites).join(', ')})`);
    }
    return sites[name as SiteName];
  });
}

/** Test-only secrets and settings; never used outside the e2e servers. */
export const testSettings = {
  // 32 random bytes, base64: keeps Server Action ids stable between the build and the server.
  serverActionsKey: 'bZ4kq1Yv0m3hX8pW2sJc6tR9uE5aN7dLfG0iH4oK1QE=',
  adminEmail: 'secretariat@example.test',
  adminPassword: 'e2e-admin-password-0123',
  rateLimitMax: 10_000,
};

/**
 * One scratch directory per `playwright test` run (databases, HTML for the checker). The runner
 * creates it once and its worker processes inherit the variable.
 */
export function runDir(): string {
  if (!process.env.E2E_RUN_DIR) {
    process.env.E2E_RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-e2e-'));
  }
  return process.env.E2E_RUN_DIR;
}

/** The SQLite file a site's server uses during this run (fresh for every run). */
export function databaseFile(name: SiteName): string {
  return path.join(runDir(), `${name}.sqlite`);
}

/** Environment shared by `next build` and `next start` of one site. */
export function siteEnv(s: Site): Record<string, string> {
  return {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: s.contentDir,
    NEXT_DIST_DIR: s.distDir,
    SITE_URL: s.origin,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: testSettings.serverActionsKey,
  };
}

/** Environment of `next start` for one site: the build's plus a fresh database and generous limits. */
export function serverEnv(s: Site): Record<string, string> {
  return {
    ...siteEnv(s),
    DATABASE_URL: `file:${databaseFile(s.name)}`,
    RATE_LIMIT_MAX: String(testSettings.rateLimitMax),
    ADMIN_EMAIL: testSettings.adminEmail,
    ADMIN_PASSWORD: testSettings.adminPassword,
  };
}
