import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, vi } from 'vitest';

// A database that cannot be opened, even by root: its "folder" is a plain file.
const notADir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dei-fail-')), 'file');
fs.writeFileSync(notADir, '');
process.env.DATABASE_URL = `file:${path.join(notADir, 'form.sqlite')}`;
process.env.RATE_LIMIT_MAX = '0';

const { submitInterestForm } = await import('@/lib/registration/submit-form');
const { isDatabaseHealthy } = await import('@/lib/db/health');
const log = await import('@/lib/log');

test('when the database cannot be written the form says so plainly, keeps every value and logs the cause', async () => {
  // What the registration code writes to the log, as JSON lines.
  const lines: Record<string, unknown>[] = [];
  const { Writable } = await import('node:stream');
  const capture = log.createLogger(new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(JSON.parse(chunk.toString())), done()) }));
  const logged = vi.spyOn(log, 'requestLogger').mockImplementation(async (scope) => capture.child({ scope }));
  const data = new FormData();
  for (const [k, v] of Object.entries({
    fullName: 'Anna Müller',
    email: 'anna@example.eu',
    organisation: 'Ministry',
    country: 'DE',
    organisationType: 'sme',
    groups: 'wg2',
    contribution: 'Line one\nLine two',
    consent: 'yes',
  })) data.append(k, v);

  const outcome = await submitInterestForm(data, { clientKey: 'direct' });
  if (!('state' in outcome)) throw new Error('expected the form back');
  expect(outcome.state).toEqual({
    status: 'failed',
    values: {
      fullName: 'Anna Müller',
      email: 'anna@example.eu',
      organisation: 'Ministry',
      country: 'DE',
      organisationType: 'sme',
      groups: ['wg2'],
      meeting: '',
      contribution: 'Line one\nLine two',
      // No language in the post: the page's (English, without a locale field) stands in.
      language: 'en',
      consent: true,
    },
    fieldErrors: {},
    formError: 'We could not save your registration. Try again later.',
  });
  expect(lines).toContainEqual(
    expect.objectContaining({ level: 'error', scope: 'registration', msg: 'could not save a registration', err: expect.objectContaining({ message: expect.any(String) }) }),
  );
  expect(await isDatabaseHealthy()).toBe(false);
  logged.mockRestore();
});
