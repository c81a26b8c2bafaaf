import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentList } from '@/components/documents/document-list';
import { PageLayout } from '@/components/layout/page-layout';
import { MdxContent } from '@/components/mdx/mdx-content';
import { AddToCalendar } from '@/components/meetings/add-to-calendar';
import { EventJsonLd } from '@/components/meetings/event-json-ld';
import { MeetingBanner } from '@/components/meetings/meeting-banner';
import { MeetingDetails } from '@/components/meetings/meeting-details';
import { DayDate } from '@/components/ui/day-date';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { getBodies, getBodyById, getMeetingBySlug, getMeetings, getPlatform } from '@/lib/content';
import { hasCalendarEvent } from '@/lib/calendar/meeting-event';
import { isUpcoming } from '@/lib/dates';
import { getMessages } from '@/lib/i18n';
import { pageMetadata } from '@/lib/site/page-metadata';

// Whether a meeting is upcoming (and takes registrations) depends on the clock. CLOCK_PAGE_REVALIDATE_SECONDS, as a literal (lib/site/freshness.ts).
export const revalidate = 1800;
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const meetings = await getMeetings();
  return meetings.map((m) => ({ slug: m.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [meeting, platform] = await Promise.all([getMeetingBySlug(slug), getPlatform()]);
  if (!meeting) return {};
  return pageMetadata({
    title: meeting.title,
    description: meeting.summary,
    path: `/meetings/${meeting.slug}`,
    siteName: platform.shortTitle,
    type: 'article',
  });
}

export default async function MeetingPage({ params }: Props) {
  const { slug } = await params;
  const meeting = await getMeetingBySlug(slug);
  if (!meeting) notFound();

  const t = getMessages().pages.meetings;
  const [body, bodies] = await Promise.all([getBodyById(meeting.body), getBodies()]);
  const now = new Date();
  // Interest is taken until the meeting's date has passed, and never for a cancelled meeting.
  const takesInterest = isUpcoming(meeting, now) && meeting.status !== 'cancelled';

  return (
    <PageLayout
      path={`/meetings/${meeting.slug}`}
      breadcrumbs={{ ancestors: [{ label: t.title, href: '/meetings' }], current: meeting.title }}
    >
      <article>
        <EventJsonLd meeting={meeting} />
        <PageHeading caption={body?.shortName}>{meeting.title}</PageHeading>
        <MeetingBanner meeting={meeting} now={now} />
        <p className="max-w-3xl text-xl">{meeting.summary}</p>

        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="sr-only">
            {t.details}
          </h2>
          <MeetingDetails meeting={meeting} body={body} open={takesInterest} />
        </section>

        {takesInterest ? (
          <div className="no-print mb-6 max-w-3xl border-l-8 border-eu-blue bg-eu-blue-pale p-5">
            <p className="mb-4">{t.interestNotPlace}</p>
            <Link href={`/participate?meeting=${meeting.slug}`} className="button">
              {t.registerInterest}
            </Link>
          </div>
        ) : null}
        {hasCalendarEvent(meeting) && meeting.status !== 'cancelled' ? (
          <AddToCalendar slug={meeting.slug} groupId={meeting.body === 'platform' ? undefined : meeting.body} />
        ) : null}

        {meeting.agenda && meeting.agenda.length > 0 ? (
          <section aria-labelledby="agenda-heading">
            <SectionHeading id="agenda-heading">{t.agenda}</SectionHeading>
            <ol className="list-decimal space-y-1 pl-6">
              {meeting.agenda.map((item, i) => (
                <li key={`${i}-${item}`}>{item}</li>
              ))}
            </ol>
          </section>
        ) : null}

        {meeting.mdx ? (
          <section aria-labelledby="about-heading">
            <SectionHeading id="about-heading">{t.aboutHeading}</SectionHeading>
            <MdxContent code={meeting.mdx} />
          </section>
        ) : null}

        {meeting.outcomes ? (
          <section aria-labelledby="outcomes">
            <SectionHeading id="outcomes">{meeting.outcomes.title}</SectionHeading>
            {meeting.outcomes.published ? (
              <p className="mb-4 text-ink-muted">
                {t.outcomesPublished}: <DayDate day={meeting.outcomes.published} />
              </p>
            ) : null}
            <MdxContent code={meeting.outcomes.mdx} />
          </section>
        ) : null}

        {meeting.documents.length > 0 ? (
          <section aria-labelledby="documents-heading">
            <SectionHeading id="documents-heading">{t.documents}</SectionHeading>
            <DocumentList documents={meeting.documents} bodies={bodies} />
          </section>
        ) : null}
      </article>
    </PageLayout>
  );
}
