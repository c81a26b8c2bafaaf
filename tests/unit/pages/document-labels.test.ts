import { expect, test } from 'vitest';
import { fileLabel, formatFileSize, languageList } from '@/components/documents/document-labels';
import { getTranslator } from '@/lib/i18n/translator';

const t = await getTranslator('en', 'pages.documents');

test('a PDF of 1.2 MB reads "PDF, 1.2 MB"', () => {
  expect(fileLabel({ type: 'PDF', bytes: Math.round(1.2 * 1024 * 1024) }, t, 'en')).toBe('PDF, 1.2 MB');
});

test('sizes below a kilobyte are bytes, below a megabyte whole kilobytes', () => {
  expect(formatFileSize(0, t, 'en')).toBe('0 bytes');
  expect(formatFileSize(1, t, 'en')).toBe('1 byte');
  expect(formatFileSize(1023, t, 'en')).toBe('1,023 bytes');
  expect(formatFileSize(1024, t, 'en')).toBe('1 KB');
  expect(formatFileSize(250_000, t, 'en')).toBe('244 KB');
  expect(formatFileSize(1023 * 1024, t, 'en')).toBe('1,023 KB');
  expect(formatFileSize(1024 * 1024 - 1, t, 'en')).toBe('1 MB');
  expect(formatFileSize(1024 * 1024, t, 'en')).toBe('1 MB');
  expect(formatFileSize(15.26 * 1024 * 1024, t, 'en')).toBe('15.3 MB');
});

test('sizes in another language use its number format and unit words', async () => {
  const fr = await getTranslator('fr', 'pages.documents');
  expect(fileLabel({ type: 'PDF', bytes: Math.round(1.2 * 1024 * 1024) }, fr, 'fr')).toBe('PDF, 1,2 Mo');
});

test('a document held elsewhere says it is an external link', () => {
  expect(fileLabel(null, t, 'en')).toBe('External link');
});

test('languages are named in the page language, in order, as one list; an unknown code as itself', () => {
  expect(languageList(['fr', 'en', 'ga'], 'en')).toBe('French, English, Irish');
  expect(languageList(['xx'], 'en')).toBe('XX');
  // CLDR writes language names in lower case in French and Polish; the list starts a value, so its first letter is raised.
  expect(languageList(['fr', 'en'], 'fr')).toBe('Français et anglais');
  expect(languageList(['de', 'pl'], 'pl')).toBe('Niemiecki i polski');
});
