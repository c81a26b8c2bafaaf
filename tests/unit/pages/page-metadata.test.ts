import { expect, test } from 'vitest';
import { pageMetadata } from '@/lib/site/page-metadata';

test('every page gets its title, description, canonical path and Open Graph tags from one call', () => {
  const metadata = pageMetadata({
    title: 'Meetings',
    description: 'All meetings.',
    path: '/meetings',
    siteName: 'DEI Platform',
  });
  expect(metadata.title).toBe('Meetings');
  expect(metadata.description).toBe('All meetings.');
  expect(metadata.alternates?.canonical).toBe('/meetings');
  expect(metadata.openGraph).toEqual({
    title: 'Meetings',
    description: 'All meetings.',
    url: '/meetings',
    type: 'website',
    siteName: 'DEI Platform',
  });
});

test('a single item is an Open Graph article', () => {
  const metadata = pageMetadata({ title: 'A meeting', description: 'd', path: '/meetings/a', siteName: 'S', type: 'article' });
  expect(metadata.openGraph).toMatchObject({ type: 'article', url: '/meetings/a' });
});
