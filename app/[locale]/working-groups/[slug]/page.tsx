import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentList } from '@/components/documents/document-list';
import { SubscribeLink } from '@/components/follow/subscribe-link';
import { PageLayout } from '@/components/layout/page-layout';
import { MdxContent } from '@/components/mdx/mdx-content';
import { MeetingList } from '@/components/meetings/meeting-list';
import { MeetingWhen } from '@/components/meetings/meeting-when';
import { NextMeeting } from '@/components/meetings/next-meeting';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { RichText } from '@/components/ui/rich-text';
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
import { formatMeetingDate, meetingSections } from '@/lib/dates';
import { getMessages } from '@/lib/i18n';
import { pageMetadata } from '@/lib/site/page-metadata';

// The split between upcoming and past meetings depends on the clock. CLOCK_PAGE_REVALIDATE_SECONDS, as a literal (lib/site/freshness.ts).
export const revalidate = 1800;
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
  const { upcoming, calledOff, past } = meetingSections(meetings, now);
  const [next = null, ...later] = upcoming;
  const participateHref = `/participate?group=${group.id}`;

  return (
    <PageLayout
      path={`/working-groups/${group.slug}`}
      breadcrumbs={{ ancestors: [{ label: t.title, href: '/working-groups' }], current: t.groupName(group.number) }}
    >
      <PageHeading caption={t.groupName(group.number)}>{group.title}</PageHeading>

      <section aria-labelledby="mandate-heading">
        <h2 id="mandate-heading" className="mb-2 text-2xl font-bold">
          {t.mandate}
        </h2>
        <p className="max-w-3xl border-l-4 border-eu-yellow pl-4 text-lg">{group.mandate}</p>
        {createdAt ? (
          <p className="mt-4 max-w-3xl">
            <RichText
              message={t.createdAtSentence(createdAt.title, formatMeetingDate(createdAt.date, createdAt.timeZone, { status: createdAt.status }))}
              tags={{
                link: (text) => <Link href={`/meetings/${createdAt.slug}`}>{text}</Link>,
                date: () => <MeetingWhen meeting={createdAt} />,
              }}
            />
          </p>
        ) : null}
      </section>

      <MdxContent code={group.mdx} className="mt-6" />

      <p className="mt-8">
        <Link href={participateHref} className="button">
          {t.registerInterest}
        </Link>
      </p>

      <section aria-labelledby="next-meeting-heading">
        <SectionHeading id="next-meeting-heading">{t.nextMeeting}</SectionHeading>
        <NextMeeting meeting={next} bodies={bodies} headingId="next-meeting-heading" showOrganiser={false} participateHref={participateHref} />
        <SubscribeLink groupId={group.id} />
      </section>

      {later.length > 0 ? (
        <section aria-labelledby="later-heading">
          <SectionHeading id="later-heading">{t.laterMeetings}</SectionHeading>
          <MeetingList meetings={later} bodies={bodies} showOrganiser={false} />
        </section>
      ) : null}

      {calledOff.length > 0 ? (
        <section aria-labelledby="called-off-heading">
          <SectionHeading id="called-off-heading">{getMessages().pages.meetings.calledOff}</SectionHeading>
          <MeetingList meetings={calledOff} bodies={bodies} showOrganiser={false} />
        </section>
      ) : null}

      {past.length > 0 ? (
        <section aria-labelledby="past-heading">
          <SectionHeading id="past-heading">{t.pastMeetings}</SectionHeading>
          <MeetingList meetings={past} bodies={bodies} showOrganiser={false} />
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
