import type { Metadata } from 'next';
import { DocumentList } from '@/components/documents/document-list';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { getBodies, getDocuments, getMeetings, getPlatform } from '@/lib/content';
import { getMessages } from '@/lib/i18n';
import { pageMetadata } from '@/lib/site/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages().pages.documents;
  const platform = await getPlatform();
  return pageMetadata({ title: t.title, description: t.description, path: '/documents', siteName: platform.shortTitle });
}

export default async function DocumentsPage() {
  const t = getMessages().pages.documents;
  const [documents, bodies, meetings] = await Promise.all([getDocuments(), getBodies(), getMeetings()]);
  return (
    <PageLayout path="/documents" breadcrumbs={{ current: t.title }}>
      <PageHeading>{t.title}</PageHeading>
      {documents.length > 0 ? (
        <>
          <p className="mb-6 text-lg">{t.intro}</p>
          <DocumentList documents={documents} bodies={bodies} meetings={meetings} headingLevel={2} />
        </>
      ) : (
        <p className="text-lg">{t.none}</p>
      )}
    </PageLayout>
  );
}
