import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DocumentList } from '@/components/documents/document-list';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { getBodies, getDocuments, getMeetings, getPlatform } from '@/lib/content';
import { pageMetadata } from '@/lib/site/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('pages.documents'), getLocale()]);
  const platform = await getPlatform(locale);
  return pageMetadata({ title: t('title'), description: t('description'), path: '/documents', siteName: platform.shortTitle, locale });
}

export default async function DocumentsPage() {
  const [t, locale] = await Promise.all([getTranslations('pages.documents'), getLocale()]);
  const [documents, bodies, meetings] = await Promise.all([getDocuments(locale), getBodies(locale), getMeetings(locale)]);
  return (
    <PageLayout path="/documents" breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      {documents.length > 0 ? (
        <>
          <p className="mb-6 text-lg">{t('intro')}</p>
          <DocumentList documents={documents} bodies={bodies} meetings={meetings} headingLevel={2} />
        </>
      ) : (
        <p className="text-lg">{t('none')}</p>
      )}
    </PageLayout>
  );
}
