import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageNotice } from '@/components/language/language-notice';
import { OutdatedNotice } from '@/components/language/outdated-notice';
import { getPlatform } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import type { BreadcrumbLink } from './breadcrumb-trail';
import { Breadcrumbs } from './breadcrumbs';
import { PrintHeader } from './print-header';
import { SiteHeader } from './site-header';
import { MAIN_CONTENT_ID } from './skip-link';

type Props = {
  /** The page's site path in its English form (`/meetings/abc`): marks the navigation's current section. */
  path?: string;
  /** Omitted on the home page only. */
  breadcrumbs?: { ancestors?: readonly BreadcrumbLink[]; current: string; currentLang?: Locale };
  /** False where the page's own content is a search form, so that a page has one search box. */
  search?: boolean;
  /**
   * The page's main content item, for the language notice: where it is not in the page's language (no
   * translation), Europa's notice lists the languages it exists in; where its translation is older than its
   * English source, a note says so.
   */
  content?: { locale: Locale; locales: readonly Locale[]; outdated: boolean };
  children: ReactNode;
};

/**
 * Every public page's frame: the header (which knows the current section from `path`), the print-only
 * site line, the breadcrumbs, and <main>, which starts with the language notice where the content is not in
 * the page's language. Breadcrumbs sit before <main>, as on GOV.UK, so "Skip to main content" lands on the
 * page's h1. The root layout adds the skip link before and the footer after.
 */
export async function PageLayout({ path, breadcrumbs, search = true, content, children }: Props) {
  const locale = (await getLocale()) as Locale;
  const platform = await getPlatform(locale);
  return (
    <>
      <SiteHeader platform={platform} path={path} search={search} />
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-8">
        <PrintHeader platform={platform} path={path} />
        {breadcrumbs ? (
          <Breadcrumbs ancestors={breadcrumbs.ancestors} current={breadcrumbs.current} currentLang={breadcrumbs.currentLang} />
        ) : null}
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
          {content && path && content.locale !== locale ? <LanguageNotice path={path} available={content.locales} /> : null}
          {content && path && content.locale === locale && content.outdated ? <OutdatedNotice path={path} /> : null}
          {children}
        </main>
      </div>
    </>
  );
}
