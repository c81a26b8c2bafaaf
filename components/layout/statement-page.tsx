import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { useLocale, useTranslations } from 'next-intl';
import { contentLang } from '@/components/language/language-notice';
import { MdxContent } from '@/components/mdx/mdx-content';
import { DayDate } from '@/components/ui/day-date';
import { PageHeading } from '@/components/ui/page-heading';
import { getPageBySlug, getPlatform } from '@/lib/content';
import type { Page } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/site/page-metadata';
import { PageLayout } from './page-layout';

/** The metadata of the statement page at `/<slug>` in a language, from its content file; none when the file is missing. */
export async function statementMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const [page, platform] = await Promise.all([getPageBySlug(slug, locale), getPlatform(locale)]);
  if (!page) return {};
  return pageMetadata({
    title: page.title,
    description: page.description,
    path: `/${slug}`,
    siteName: platform.shortTitle,
    locale,
    languages: page.locales,
  });
}

/**
 * The statement page of a content file by slug, or the 404 page when there is none. Rendered per request,
 * never prerendered: the statements show the retention periods and contact address the server runs with
 * (S-PRIVACY-1, components/mdx/), which a prerendered page would freeze at their build-time values.
 */
export async function StatementPageFor({ slug, locale }: { slug: string; locale: Locale }) {
  await connection();
  const page = await getPageBySlug(slug, locale);
  if (!page) notFound();
  return <StatementPage page={page} />;
}

/** A plain content page (privacy, accessibility): title, its MDX, and when it last changed. */
function StatementPage({ page }: { page: Page }) {
  const t = useTranslations('pages.statement');
  const lang = contentLang(page, useLocale());
  return (
    <PageLayout path={`/${page.slug}`} breadcrumbs={{ current: page.title, currentLang: lang }} content={page}>
      <PageHeading lang={lang}>{page.title}</PageHeading>
      <MdxContent code={page.mdx} locale={page.locale} className="max-w-3xl" />
      <dl className="mt-10 flex flex-wrap gap-x-8 gap-y-1 border-t border-rule pt-4 text-ink-muted">
        <div className="flex gap-2">
          <dt>{t('lastUpdated')}:</dt>
          <dd>
            <DayDate day={page.updated} />
          </dd>
        </div>
        {page.version ? (
          <div className="flex gap-2">
            <dt>{t('version')}:</dt>
            <dd>{page.version}</dd>
          </div>
        ) : null}
      </dl>
    </PageLayout>
  );
}
