import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubscribeLink } from '@/components/follow/subscribe-link';
import { PageLayout } from '@/components/layout/page-layout';
import { MeetingsOverview } from '@/components/meetings/meetings-overview';
import { PageHeading } from '@/components/ui/page-heading';
import { getBodies, getBodyById, getMeetingsByBody, getPlatform } from '@/lib/content';
import { getMessages } from '@/lib/i18n';
import { pageMetadata } from '@/lib/site/page-metadata';

// Upcoming and past depend on the clock. CLOCK_PAGE_REVALIDATE_SECONDS, as a literal (lib/site/freshness.ts).
export const revalidate = 1800;
export const dynamicParams = false;

type Props = { params: Promise<{ body: string }> };

export async function generateStaticParams() {
  const bodies = await getBodies();
  return bodies.map((b) => ({ body: b.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { body: id } = await params;
  const [body, platform] = await Promise.all([getBodyById(id), getPlatform()]);
  if (!body) return {};
  const t = getMessages().pages.meetings;
  return pageMetadata({
    title: t.organiserTitle(body.shortName),
    description: t.organiserDescription(body.name),
    path: `/meetings/organiser/${body.id}`,
    siteName: platform.shortTitle,
  });
}

export default async function OrganiserMeetingsPage({ params }: Props) {
  const { body: id } = await params;
  const body = await getBodyById(id);
  if (!body) notFound();
  const t = getMessages().pages.meetings;
  const [meetings, bodies] = await Promise.all([getMeetingsByBody(body.id), getBodies()]);
  return (
    <PageLayout path={`/meetings/organiser/${body.id}`} breadcrumbs={{ ancestors: [{ label: t.title, href: '/meetings' }], current: body.shortName }}>
      <PageHeading>{t.organiserTitle(body.shortName)}</PageHeading>
      <MeetingsOverview meetings={meetings} bodies={bodies} active={body.id} now={new Date()} />
      <SubscribeLink groupId={body.id === 'platform' ? undefined : body.id} />
    </PageLayout>
  );
}
