import { useTranslations } from 'next-intl';
import { SearchForm } from '@/components/search/search-form';
import { PageHeading } from '@/components/ui/page-heading';
import { Link } from '@/i18n/navigation';
import { PageLayout } from './page-layout';

/**
 * The 404 page's content, in the language of the address asked for (S-PAGES): where to go instead, and a
 * search box. `withHead` renders its <title> and description here, for app/[locale]/not-found.tsx, which
 * takes no metadata function; NotFoundPage's pages give theirs through notFoundMetadata().
 */
export function NotFoundView({ withHead = false }: { withHead?: boolean }) {
  const t = useTranslations('pages.notFound');
  return (
    <PageLayout search={false}>
      {withHead ? (
        <>
          <title>{t('title')}</title>
          <meta name="description" content={t('description')} />
        </>
      ) : null}
      <PageHeading>{t('title')}</PageHeading>
      <p className="max-w-3xl text-lg">{t('lead')}</p>
      <h2 className="mt-8 mb-2 text-xl font-bold">{t('tryHeading')}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/">{t('goHome')}</Link>
        </li>
        <li>
          <Link href="/working-groups">{t('goGroups')}</Link>
        </li>
        <li>
          <Link href="/meetings">{t('goMeetings')}</Link>
        </li>
      </ul>
      <div className="mt-8">
        <SearchForm inputId="search-query" />
      </div>
    </PageLayout>
  );
}
