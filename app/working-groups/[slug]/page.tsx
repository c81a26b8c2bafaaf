import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentList } from '@/components/documents/document-list';
import { PageLayout } from '@/components/layout/page-layout';
import { MdxContent } from '@/components/mdx/mdx-content';
import { MeetingList } from '@/components/meetings/meeting-list';
import { MeetingWhen } from '@/components/meetings/meeting-when';
import { NoMeetings } from '@/components/meetings/no-meetings';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import {
  getBodies,
  getDocumentsByBody,
  getMeetingBySlug,
  getMeetings,
  getMeetingsByBody,
  getPlatform,
  getWorkingGroupBySlug,
  getWorkingGroups,
} from '@/lib/content';
import { splitMeetings } from '@/lib/dates';
import { getMessages } from '@/lib/i18n';
import { groupCalendarPath } from '@/lib/calendar/paths';
import { pageMetadata } from '@/lib/site/page-metadata';

// The split between upcoming and past meetings depends on the clock.
export const revalidate = 3600;
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const groups = await getWorkingGroups();
  return groups.map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [group, platform] = await Promise.all([getWorkingGroupBySlug(slug), getPlatform()]);
  if (!group) return {};
  return pageMetadata({
    title: getMessages().pages.workingGroups.groupTitle(group.number, group.title),
    description: group.summary,
    path: `/working-groups/${group.slug}`,
    siteName: platform.shortTitle,
    type: 'article',
  });
}

export default async function WorkingGroupPage({ params }: Props) {
  const { slug } = await params;
  const group = await getWorkingGroupBySlug(slug);
  if (!group) notFound();

  const t = getMessages().pages.workingGroups;
  const [meetings, documents, bodies, allMeetings, createdAt] = await Promise.all([
    getMeetingsByBody(group.id),
    getDocumentsByBody(group.id),
    getBodies(),
    getMeetings(),
    group.createdAt ? getMeetingBySlug(group.createdAt) : null,
  ]);
  const now = new Date();
  const { upcoming, past } = splitMeetings(meetings, now);
  const participateHref = `/participate?group=${group.id}`;

  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: t.title, href: '/working-groups' }], current: t.groupName(group.number) }}>
      <PageHeading caption={t.groupName(group.number)}>{group.title}</PageHeading>

      <section aria-labelledby="mandate-heading">
        <h2 id="mandate-heading" className="mb-2 text-2xl font-bold">
          {t.mandate}
        </h2>
        <p className="max-w-3xl border-l-4 border-eu-yellow pl-4 text-lg">{group.mandate}</p>
        {createdAt ? (
          <p className="mt-4 max-w-3xl">
            {t.createdAtText} <Link href={`/meetings/${createdAt.slug}`}>{createdAt.title}</Link> (
            <MeetingWhen meeting={createdAt} />
            ).
          </p>
        ) : null}
      </section>

      <MdxContent code={group.mdx} className="mt-6" />

      <p className="mt-8">
        <Link href={participateHref} className="button-link">
          {t.registerInterest}
        </Link>
      </p>

      <section aria-labelledby="upcoming-heading">
        <SectionHeading id="upcoming-heading">{t.upcomingMeetings}</SectionHeading>
        {upcoming.length > 0 ? (
          <MeetingList meetings={upcoming} bodies={bodies} now={now} showOrganiser={false} />
        ) : (
          <NoMeetings participateHref={participateHref} />
        )}
        <p className="mt-4">
          <a href={groupCalendarPath(group.slug)}>{getMessages().feeds.subscribeGroupMeetings}</a>
        </p>
      </section>

      {past.length > 0 ? (
        <section aria-labelledby="past-heading">
          <SectionHeading id="past-heading">{t.pastMeetings}</SectionHeading>
          <MeetingList meetings={past} bodies={bodies} now={now} showOrganiser={false} />
        </section>
      ) : null}

      <section aria-labelledby="documents-heading">
        <SectionHeading id="documents-heading">{t.documents}</SectionHeading>
        {documents.length > 0 ? (
          <DocumentList documents={documents} bodies={bodies} meetings={allMeetings} showOwner={false} />
        ) : (
          <p>{t.noDocuments}</p>
        )}
      </section>
    </PageLayout>
  );
}
