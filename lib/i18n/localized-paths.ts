import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/** Areas outside the 24 languages: the secretariat's (English only), the health check, Next's own files. */
const UNLOCALIZED_AREAS = ['/admin', '/api', '/_next'];

/** Files the site writes per language (the feed, calendars, a registrant's data); any other file name is a static file. */
const LOCALIZED_FILES = new Set(['feed.xml', 'meetings.ics', 'calendar.ics', 'data.json']);

/**
 * Whether a request path belongs to the public site in the 24 languages, and so goes through the language
 * routing (proxy.ts): every page, and the feed and calendar files, but not the secretariat's area, the health
 * check, the sitemap and robots rules, or a static file (`/documents/minutes.pdf`, `/icon.svg`), which must
 * reach Next's file handling unchanged.
 */
export function isLocalizedPath(pathname: string): boolean {
  if (UNLOCALIZED_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.') || LOCALIZED_FILES.has(last);
}

/** The language a path is in: its first segment when that is one of the 24 codes, else English (unprefixed). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) ? first : DEFAULT_LOCALE;
}
