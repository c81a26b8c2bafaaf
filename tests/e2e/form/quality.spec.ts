import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeProblems } from '../support/gates';
import { runDir, sites } from '../support/sites';
import { validateHtml } from '../support/vnu';
import { actionFields, completeForm, postForm } from './support';

const origin = sites.fixtures.origin;

test('the form in its error state and the confirmation page pass axe and the HTML checker', async ({ page }) => {
  const hidden = await actionFields(origin);
  const errorState = await postForm(origin, hidden, [['fullName', 'Ana'], ['email', 'not-an-address']]);
  expect(errorState.status).toBe(200);
  const email = `quality-${Date.now().toString(36)}@example.eu`;
  const ok = await postForm(origin, hidden, completeForm(email));
  expect(ok.status).toBe(303);
  const confirmation = await (await fetch(new URL(ok.location ?? '', origin))).text();
  const errors = validateHtml(
    [
      { name: '/participate (errors, no JavaScript)', html: errorState.body },
      { name: ok.location ?? '', html: confirmation },
    ],
    path.join(runDir(), 'vnu-form'),
  );
  expect(errors).toEqual([]);

  // axe with JavaScript: the error state as a browser reaches it, and the confirmation page.
  await page.goto('/participate');
  await page.getByRole('button', { name: 'Register interest' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
  expect(await axeProblems(page)).toEqual([]);
  await page.goto(ok.location ?? '/');
  expect(await axeProblems(page)).toEqual([]);
});
