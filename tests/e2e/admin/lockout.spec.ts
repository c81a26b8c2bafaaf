import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { databaseFile } from '../support/sites';

test('repeated wrong passwords lock the account out, even for the right password', async ({ page }) => {
  test.setTimeout(180_000); // the answers are slowed on purpose: 0 + 1 + 2 + 4 + 8 seconds
  const email = 'lockout-member@example.test';
  const password = 'the right password 123';
  // A second account, made with the CLI against the server's database (npm run admin:user).
  const cli = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/admin-user.ts', '--email', email], {
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile('fixtures')}` },
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
  expect(cli.stdout).toContain(`Created the account ${email}.`);

  const attempt = async (pw: string) => {
    await page.goto('/admin/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(pw);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeVisible({ timeout: 30_000 });
    return (await summary.textContent()) ?? '';
  };
  for (let i = 0; i < 5; i++) expect(await attempt(`wrong password ${i}`)).toContain('Enter a correct email address and password');
  expect(await attempt(password)).toContain('Too many failed attempts');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});
