import { expect, test } from 'vitest';
import { fileLabel, formatFileSize, languageNames } from '@/components/documents/document-labels';
import { getMessages } from '@/lib/i18n';

const t = getMessages().pages.documents;

test('a PDF of 1.2 MB reads "PDF, 1.2 MB"', () => {
  expect(fileLabel({ type: 'PDF', bytes: Math.round(1.2 * 1024 * 1024) }, t)).toBe('PDF, 1.2 MB');
});

test('sizes below a kilobyte are bytes, below a megabyte whole kilobytes', () => {
  expect(formatFileSize(0, t)).toBe('0 bytes');
  expect(formatFileSize(1023, t)).toBe('1,023 bytes');
  expect(formatFileSize(1024, t)).toBe('1 KB');
  expect(formatFileSize(250_000, t)).toBe('244 KB');
  expect(formatFileSize(1023 * 1024, t)).toBe('1,023 KB');
  expect(formatFileSize(1024 * 1024 - 1, t)).toBe('1 MB');
  expect(formatFileSize(1024 * 1024, t)).toBe('1 MB');
  expect(formatFileSize(15.26 * 1024 * 1024, t)).toBe('15.3 MB');
});

test('a document held elsewhere says it is an external link', () => {
  expect(fileLabel(null, t)).toBe('External link');
});

test('languages show their full English names, in order, and an unknown code as itself', () => {
  const names = getMessages().languages;
  expect(languageNames(['fr', 'en', 'ga'], names)).toEqual(['French', 'English', 'Irish']);
  expect(languageNames(['xx'], names)).toEqual(['XX']);
  expect(languageNames(['to'], names)).toEqual(['TO']);
});
