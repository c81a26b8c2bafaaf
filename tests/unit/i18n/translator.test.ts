import { expect, test } from 'vitest';
import { getTranslator } from '@/lib/i18n/translator';

test('one translator per language and namespace for the life of the process, so parsed messages are kept', async () => {
  const [a, b] = await Promise.all([getTranslator('pl', 'mail'), getTranslator('pl', 'mail')]);
  expect(b).toBe(a);
  expect(await getTranslator('pl', 'mail')).toBe(a);
  expect(await getTranslator('de', 'mail')).not.toBe(a);
  expect(await getTranslator('pl', 'form.errors')).not.toBe(a);
});

test('a shared translator still formats each call with its own values, in its own language', async () => {
  const en = await getTranslator('en', 'mail.change');
  const pl = await getTranslator('pl', 'mail.change');
  expect(en('applyBy', { days: 1 })).not.toBe(en('applyBy', { days: 30 }));
  expect(pl('applyBy', { days: 2 })).not.toBe(pl('applyBy', { days: 5 }));
  expect(pl('applyBy', { days: 5 })).not.toBe(en('applyBy', { days: 5 }));
  expect(en('applyBy', { days: 30 })).toContain('30');
});
