import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, expect, test } from 'vitest';
import { stableUrn } from '@/lib/feed/stable-id';
import { writeAtom } from '@/lib/feed/write-atom';
import { escapeXml } from '@/lib/feed/xml';
import { pointAtFixtureSite } from '../fixture-site';

pointAtFixtureSite('https://dei.example.eu');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

type Link = { '@rel': string; '@href': string; '@type': string };
type Entry = { id: string; title: { '#text': string }; link: Link[]; updated: string; published?: string; summary: { '#text': string } };

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).feed as { id: string; updated: string; link: Link[]; entry?: Entry[]; title: { '#text': string } };
}

test('hostile text is escaped and characters XML forbids are dropped', () => {
  expect(escapeXml(`<a href="x">&'</a>\u0000\u0008\ufffe ok`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt; ok');
  const xml = writeAtom({
    id: stableUrn('feed'),
    language: 'en',
    title: 'T & <b>',
    selfUrl: 'https://x.eu/feed.xml?a=1&b=2',
    alternateUrl: 'https://x.eu/',
    authorName: 'A',
    authorUrl: 'https://x.eu/',
    entries: [
      { id: stableUrn('e'), title: ']]></title><script>', url: 'https://x.eu/m?a&b', updated: new Date('2030-01-01T00:00:00Z'), summary: 'Zürich; "quoted" \u0001' },
    ],
    fallbackUpdated: new Date('2020-01-01T00:00:00Z'),
  });
  const feed = parse(xml);
  expect(feed.title['#text']).toBe('T & <b>');
  expect(feed.entry?.[0]?.title['#text']).toBe(']]></title><script>');
  expect(feed.entry?.[0]?.summary['#text']).toBe('Zürich; "quoted"'); // the parser trims
  expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe('https://x.eu/feed.xml?a=1&b=2');
  expect(feed.updated).toBe('2030-01-01T00:00:00Z');
});

test('stable ids are version-5 UUID URNs that depend only on the name', () => {
  expect(stableUrn('meeting/a')).toBe(stableUrn('meeting/a'));
  expect(stableUrn('meeting/a')).not.toBe(stableUrn('meeting/b'));
  expect(stableUrn('meeting/a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

let feedModule: typeof import('@/lib/feed');
let content: typeof import('@/lib/content');
beforeAll(async () => {
  feedModule = await import('@/lib/feed');
  content = await import('@/lib/content');
});

test('the fixture feed has an entry per meeting and per outcomes, with absolute URLs and stable ids', async () => {
  const meetings = await content.getMeetings();
  const { xml } = await feedModule.getAtomFeed();
  const feed = parse(xml);
  const entries = feed.entry ?? [];
  expect(entries).toHaveLength(meetings.length + meetings.filter((m) => m.outcomes).length);
  for (const e of entries) {
    const href = e.link[0]!['@href'];
    expect(href.startsWith('https://dei.example.eu/meetings/')).toBe(true);
    expect(e.id).toMatch(/^urn:uuid:/);
    expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe('https://dei.example.eu/feed.xml');
  const outcomes = entries.filter((e) => e.link[0]!['@href'].endsWith('#outcomes'));
  expect(outcomes.length).toBeGreaterThan(0);
  expect(outcomes.some((e) => e.summary['#text'].includes('interoperability charter'))).toBe(true);
  const again = parse((await feedModule.getAtomFeed()).xml).entry ?? [];
  expect(again.map((e) => e.id)).toEqual(entries.map((e) => e.id));
});

test('entry dates come from the content (each file\'s last commit), not from file times', async () => {
  const { readCommitDates } = await import('@/lib/content/history');
  const commits = await readCommitDates(process.env.CONTENT_DIR!);
  expect(commits.size).toBeGreaterThan(0);
  // Touching every file (as a checkout does) changes nothing in the feed.
  const before = (await feedModule.getAtomFeed()).xml;
  const { utimesSync, readdirSync } = await import('node:fs');
  const path = await import('node:path');
  const dir = path.join(process.env.CONTENT_DIR!, 'meetings');
  const later = new Date();
  for (const f of readdirSync(dir)) utimesSync(path.join(dir, f), later, later);
  const after = await feedModule.getAtomFeed();
  expect(after.xml).toBe(before);
  const entries = parse(after.xml).entry ?? [];
  const meetings = await content.getMeetings();
  for (const m of meetings) {
    const entry = entries.find((e) => e.link[0]!['@href'].endsWith(`/meetings/${m.slug}`))!;
    const committed = commits.get(m.sourcePath);
    if (committed) expect(Date.parse(entry.updated), m.slug).toBe(Math.floor(committed.getTime() / 1000) * 1000);
  }
  // Not all the same instant.
  expect(new Set(entries.map((e) => e.updated)).size).toBeGreaterThan(1);
  expect(after.updated.getTime()).toBe(Math.max(...entries.map((e) => Date.parse(e.updated))));
});
