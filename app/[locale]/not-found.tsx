import { useTranslations } from 'next-intl';
import { PageLayout } from '@/components/layout/page-layout';
import { SearchForm } from '@/components/search/search-form';
import { PageHeading } from '@/components/ui/page-heading';
import { Link } from '@/i18n/navigation';

/**
 * A helpful 404 in the language of the address asked for (S-PAGES): where to go instead, and a search box.
 * Its <title> and description are rendered here (not-found.tsx takes no metadata function); Next adds
 * `noindex` to the answer itself.
 */
export default function NotFound() {
  const t = useTranslations('pages.notFound');
  return (
    <PageLayout search={false}>
      <title>{t('title')}</title>
      <meta name="description" content={t('description')} />
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
