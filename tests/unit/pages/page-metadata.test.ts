import { expect, test } from 'vitest';
import { localeMetadata } from '@/lib/seo/site-metadata';
import { pageMetadata } from '@/lib/site/page-metadata';

test('every page gets its title, description, canonical path and Open Graph tags from one call', async () => {
  const metadata = await pageMetadata({ title: 'Meetings', description: 'All meetings.', path: '/meetings', siteName: 'DEI Platform', locale: 'en' });
  const parts = await localeMetadata('en');
  expect(metadata.title).toBe('Meetings');
  expect(metadata.description).toBe('All meetings.');
  expect(metadata.alternates?.canonical).toBe('/meetings');
  // A page's own alternates and openGraph replace the layout's, so the feed link and share image ride along.
  expect(metadata.alternates?.types).toEqual(parts.feedTypes);
  expect(metadata.openGraph).toEqual({
    title: 'Meetings',
    description: 'All meetings.',
    url: '/meetings',
    type: 'website',
    siteName: 'DEI Platform',
    images: parts.images,
  });
});

test('a single item is an Open Graph article', async () => {
  const metadata = await pageMetadata({ title: 'A meeting', description: 'd', path: '/meetings/a', siteName: 'S', locale: 'en', type: 'article' });
  expect(metadata.openGraph).toMatchObject({ type: 'article', url: '/meetings/a' });
});

test('a page made of the interface alone has an alternate in every language, and x-default in English', async () => {
  const metadata = await pageMetadata({ title: 'Spotkania', description: 'd', path: '/meetings', siteName: 'S', locale: 'pl' });
  const languages = metadata.alternates?.languages as Record<string, string>;
  expect(Object.keys(languages)).toHaveLength(25);
  expect(languages).toMatchObject({ en: '/meetings', pl: '/pl/meetings', ga: '/ga/meetings', 'x-default': '/meetings' });
  expect(metadata.alternates?.canonical).toBe('/pl/meetings');
  expect(metadata.alternates?.types).toEqual({ 'application/atom+xml': [expect.objectContaining({ url: '/pl/feed.xml' })] });
});

test('a content page names only the translations that exist; shown untranslated, its canonical is the English page', async () => {
  const translated = await pageMetadata({ title: 'R', description: 'd', path: '/meetings/a', siteName: 'S', locale: 'fr', languages: ['en', 'de', 'fr'] });
  expect(translated.alternates?.languages).toEqual({ en: '/meetings/a', de: '/de/meetings/a', fr: '/fr/meetings/a', 'x-default': '/meetings/a' });
  expect(translated.alternates?.canonical).toBe('/fr/meetings/a');
  const fallback = await pageMetadata({ title: 'R', description: 'd', path: '/meetings/a', siteName: 'S', locale: 'pl', languages: ['en', 'de', 'fr'] });
  expect(fallback.alternates?.languages).toEqual(translated.alternates?.languages);
  expect(fallback.alternates?.canonical).toBe('/meetings/a');
  expect(fallback.openGraph).toMatchObject({ url: '/pl/meetings/a' });
});
