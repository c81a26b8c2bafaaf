import type { Metadata } from 'next';
import Link from 'next/link';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { SearchForm } from '@/components/search/search-form';
import { getMessages } from '@/lib/i18n';
import { shareImages } from '@/lib/seo/site-metadata';

const t = getMessages().pages.notFound;

export const metadata: Metadata = {
  title: t.title,
  description: t.description,
  robots: { index: false },
  // Shared links to a missing page still get a title and the site's image.
  openGraph: { title: t.title, description: t.description, type: 'website', images: shareImages },
};

export default function NotFound() {
  return (
    <PageLayout search={false}>
      <PageHeading>{t.title}</PageHeading>
      <p className="max-w-3xl text-lg">{t.lead}</p>
      <h2 className="mt-8 mb-2 text-xl font-bold">{t.tryHeading}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/">{t.goHome}</Link>
        </li>
        <li>
          <Link href="/working-groups">{t.goGroups}</Link>
        </li>
        <li>
          <Link href="/meetings">{t.goMeetings}</Link>
        </li>
      </ul>
      <div className="mt-8">
        <SearchForm inputId="search-query" />
      </div>
    </PageLayout>
  );
}
