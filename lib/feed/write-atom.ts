import { escapeXml } from './xml';

export type AtomEntry = {
  id: string;
  /** xml:lang of this entry's text where it differs from the feed's (an untranslated meeting in English). */
  language?: string;
  title: string;
  /** Absolute URL of the page the entry is about. */
  url: string;
  updated: Date;
  published?: Date;
  summary: string;
  /** Labels such as the organising body's name. */
  categories?: readonly string[];
};

export type AtomFeed = {
  id: string;
  /** xml:lang of the feed's text, such as en. */
  language: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  alternateUrl: string;
  /** Author is required when an entry has none (RFC 4287 4.1.1). */
  authorName: string;
  authorUrl: string;
  /** Optional feed image (RFC 4287 4.2.8 atom:logo). */
  logoUrl?: string;
  entries: readonly AtomEntry[];
  /** When no entry exists, the feed still needs an updated date. */
  fallbackUpdated: Date;
};

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function entryXml(e: AtomEntry): string {
  return [
    e.language ? `  <entry xml:lang="${escapeXml(e.language)}">` : '  <entry>',
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title type="text">${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
    ...(e.published ? [`    <published>${iso(e.published)}</published>`] : []),
    `    <updated>${iso(e.updated)}</updated>`,
    ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
    `    <summary type="text">${escapeXml(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** An Atom 1.0 document (RFC 4287). Entries appear most recently updated first. */
export function writeAtom(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const updated = entries[0]?.updated ?? feed.fallbackUpdated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <updated>${iso(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.authorName)}</name><uri>${escapeXml(feed.authorUrl)}</uri></author>`,
    ...(feed.logoUrl ? [`  <logo>${escapeXml(feed.logoUrl)}</logo>`] : []),
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
