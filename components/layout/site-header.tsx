import { useLocale, useTranslations } from 'next-intl';
import { LanguageSwitcher } from '@/components/language/language-switcher';
import { SearchForm } from '@/components/search/search-form';
import { Link } from '@/i18n/navigation';
import type { Platform } from '@/lib/content/types';
import { PRIMARY_NAV } from './primary-nav';
import { PrimaryNavBar } from './primary-nav-bar';
import { SiteLogo } from './site-logo';

type Props = {
  /** The Platform's short name ("DEI Platform") and full name, from content/platform.mdx, in `locale`. */
  platform: Pick<Platform, 'title' | 'shortTitle' | 'locale'>;
  /**
   * The page's site path in its English form: it marks the current section of the navigation and is where
   * the language list leads; none on a 404 (the list then leads to the home page).
   */
  path?: string;
  /** False on pages whose main content is a search form (the search page, the 404 page). */
  search?: boolean;
};

/**
 * The header of every public page, in the Europa manner: the site's identity on white, a labelled
 * search box, the language list, and the main navigation with the current section marked. Rendered by
 * each page (through PageLayout), not the root layout, because only the page knows where it is and the
 * page stays static.
 */
export function SiteHeader({ platform, path, search = true }: Props) {
  const t = useTranslations('common');
  const locale = useLocale();
  const lang = platform.locale === locale ? undefined : platform.locale;
  const labels = {
    label: t('nav.label'),
    ...Object.fromEntries(PRIMARY_NAV.map((item) => [item.key, t(`nav.${item.key}`)])),
  } as Parameters<typeof PrimaryNavBar>[0]['labels'];
  return (
    <header className="no-print">
      <div className="border-b border-rule bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-end justify-between gap-x-8 gap-y-4 px-4 py-4">
          <Link href="/" className="flex items-center gap-3 text-ink no-underline hover:text-ink hover:underline">
            <SiteLogo className="h-12 w-12 shrink-0 sm:h-14 sm:w-14" />
            <span className="leading-tight" lang={lang}>
              <span className="block text-2xl font-extrabold tracking-tight text-eu-blue">{platform.shortTitle}</span>
              <span className="mt-0.5 block max-w-md text-sm sm:text-base">{platform.title}</span>
            </span>
          </Link>
          <div className="flex w-full flex-col items-stretch gap-2 sm:w-auto sm:items-end">
            <LanguageSwitcher path={path ?? '/'} />
            {search ? <SearchForm inputId="site-search" compact /> : null}
          </div>
        </div>
      </div>
      <PrimaryNavBar labels={labels} locale={locale} path={path} />
    </header>
  );
}
