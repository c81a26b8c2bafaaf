import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { runDir, selectedSites, serverEnv, sites, type Site } from './tests/e2e/support/sites';

/**
 * End-to-end tests run against two production builds made by scripts/build-test-sites.ts
 * (`npm run test:e2e` builds them first):
 *
 * - project `seed`: the real content/ (.next), for tests/e2e/quality/** and tests/e2e/seed/**;
 * - project `fixtures`: tests/fixtures/content (.next-fixtures), for every other spec under tests/e2e,
 *   and for tests/e2e/quality/** too.
 *
 * So a new spec (form, admin, feeds...) runs against the rich fixture site by default; put it under
 * tests/e2e/seed/ only when it asserts facts of the real content. See README "Testing".
 */

/** Chromium: an explicit path, else the system's, else Playwright's own download (if any). */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
}

// Without these, Chromium phones home at start-up; on a closed network that means refused connections.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function webServer(site: Site) {
  return {
    name: site.name,
    command: `node server.mjs --port ${site.port} --hostname 127.0.0.1`,
    port: site.port,
    env: serverEnv(site),
    // Never attach to a server that another worktree (or an earlier run) left on the port.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
  };
}

const chosen = selectedSites(); // E2E_SITES, default both
// One scratch directory per run, inherited by the workers (see support/sites.ts); `--list` runs no server.
if (process.argv.includes('--list')) process.env.E2E_RUN_DIR ??= path.join(os.tmpdir(), 'dei-e2e-list');
else runDir();

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  fullyParallel: false,
  workers: Math.min(2, os.cpus().length),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'seed',
      testMatch: /tests\/e2e\/(quality|seed)\/.*\.spec\.ts$/,
      use: { baseURL: sites.seed.origin },
    },
    {
      name: 'fixtures',
      testIgnore: /tests\/e2e\/seed\//,
      use: { baseURL: sites.fixtures.origin },
    },
  ].filter((project) => chosen.some((site) => site.name === project.name)),
  webServer: chosen.map(webServer),
});
