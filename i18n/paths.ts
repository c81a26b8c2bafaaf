import type { Locale } from '@/lib/i18n/locales';
import { routing } from './routing';

/**
 * A site path (`/meetings/abc?x=1#y`, always written in its English form) in a language, by the routing
 * rule of i18n/routing.ts (`localePrefix: 'as-needed'`, as next-intl's `getPathname` applies it): unchanged
 * for English, `/pl/meetings/abc?x=1#y` for Polish, `/pl` for the home page. Anything else (`https:`,
 * `mailto:`, `#top`) is returned as it is. For links, redirects, mail, feeds and the sitemap alike; written
 * here rather than taken from next-intl's navigation, whose server build reads the request's language and
 * so cannot run in proxy.ts or a route handler.
 */
export function localizedPath(path: string, locale: Locale): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (locale === routing.defaultLocale) return path;
  const rest = path.replace(/^\/(?=[?#]|$)/, '');
  return `/${locale}${rest}`;
}
