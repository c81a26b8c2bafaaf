import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../form/support';
import { securityHeaderProblems } from '../support/gates';
import { runDir, serverEnv, sites } from '../support/sites';
import { rawRequest } from './support';

const ROOT = path.resolve(__dirname, '../../..');

/** Runs server.mjs on the fixtures build with `env` until it exits (or 60 s); returns its code and output. */
function runUntilExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['server.mjs', '--port', '0', '--hostname', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...process.env, ...serverEnv(sites.fixtures), DATABASE_URL: `file:${path.join(runDir(), 'never.sqlite')}`, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('a bad configuration value stops the server before it is ready, naming the variable', async () => {
  for (const [name, value] of [
    ['RATE_LIMIT_MAX', 'abc'],
    ['SITE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://x'],
    ['SMTP_URL', 'smtp:// nope'],
  ]) {
    const { code, output } = await runUntilExit({ [name!]: value! });
    expect(code, `${name}=${value}`).toBe(1);
    expect(output, `${name}=${value}`).toContain(`${name}:`);
    // server.mjs logs "ready" (and Next's banner "Ready") only once the configuration was accepted.
    expect(output, `${name}=${value}`).not.toMatch(/"msg":"ready"|Ready in/);
  }
});

test('an unexpected error shows the site’s own error page, with status 500 and no details; health says 503', async ({ browser }) => {
  // A database that can never be opened (its folder would have to be made inside a plain file): every
  // page that needs it fails unexpectedly; the site itself still starts.
  const blocker = path.join(runDir(), 'not-a-folder');
  fs.writeFileSync(blocker, '');
  const server = await startServer({ databaseFile: path.join(blocker, 'dei.sqlite') });
  try {
    const health = await rawRequest(server.origin, { path: '/api/health' });
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({ status: 'unavailable' });

    // A well-formed session cookie makes the admin area look the session up in the database.
    const cookie = `__Host-dei-admin-session=${'A'.repeat(43)}`;
    const res = await rawRequest(server.origin, { path: '/admin', headers: { Cookie: cookie } });
    expect(res.status).toBe(500);
    expect(securityHeaderProblems(res.headers)).toEqual([]);
    // React cannot render an error boundary on the server: the HTML is Next's error shell, and the page
    // below is drawn in the browser from it (decision 0120 says what a visitor without JavaScript sees).
    expect(res.body).toContain('__next_error__');
    expect(res.body).not.toMatch(/SqliteError|ENOTDIR|EEXIST|not-a-folder|at .+\.js:\d+/);

    // A __Host- cookie cannot be stored for plain http; send it as a header instead.
    const context = await browser.newContext({ baseURL: server.origin, extraHTTPHeaders: { Cookie: cookie } });
    const page = await context.newPage();
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, there is a problem with the service');
    await expect(page).toHaveTitle('Sorry, there is a problem with the service');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
    await context.close();

    // The failure is in the log as one JSON line with the request's id, and nothing personal.
    const failure = server
      .log()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'a request failed' && l.path === '/admin');
    expect(failure).toMatchObject({ level: 'error', scope: 'request', method: 'GET' });
    expect(failure?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  } finally {
    await server.stop();
  }
});
