import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SubscribeLink } from '@/components/follow/subscribe-link';
import { NotFoundPage, notFoundMetadata } from '@/components/layout/not-found-page';
import { PageLayout } from '@/components/layout/page-layout';
import { MeetingsOverview } from '@/components/meetings/meetings-overview';
import { PageHeading } from '@/components/ui/page-heading';
import { getBodies, getBodyById, getMeetingsByBody, getPlatform } from '@/lib/content';
import type { Body } from '@/lib/content/types';
import { bodyNames } from '@/lib/site/bodies';
import { pageMetadata } from '@/lib/site/page-metadata';

// Upcoming and past depend on the clock. CLOCK_PAGE_REVALIDATE_SECONDS, as a literal (lib/site/freshness.ts).
export const revalidate = 1800;

type Props = { params: Promise<{ body: string }> };

/** One page per organising body in each language built ahead; an unknown body is a 404. */
export async function generateStaticParams() {
  const bodies = await getBodies();
  return bodies.map((b) => ({ body: b.id }));
}

async function organiser(id: string): Promise<{ body: Body; name: string; shortName: string } | null> {
  const locale = await getLocale();
  const [body, groupWords] = await Promise.all([getBodyById(id, locale), getTranslations('pages.workingGroups')]);
  return body ? { body, ...bodyNames(body, groupWords) } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { body: id } = await params;
  const [found, t, locale] = await Promise.all([organiser(id), getTranslations('pages.meetings'), getLocale()]);
  if (!found) return notFoundMetadata();
  const platform = await getPlatform(locale);
  return pageMetadata({
    title: t('organiserTitle', { organiser: found.shortName }),
    description: t('organiserDescription', { organiser: found.name }),
    path: `/meetings/organiser/${found.body.id}`,
    siteName: platform.shortTitle,
    locale,
  });
}

export default async function OrganiserMeetingsPage({ params }: Props) {
  const { body: id } = await params;
  const found = await organiser(id);
  if (!found) return <NotFoundPage />;
  const { body, shortName } = found;
  const [t, locale] = await Promise.all([getTranslations('pages.meetings'), getLocale()]);
  const [meetings, bodies] = await Promise.all([getMeetingsByBody(body.id, locale), getBodies(locale)]);
  return (
    <PageLayout path={`/meetings/organiser/${body.id}`} breadcrumbs={{ ancestors: [{ label: t('title'), href: '/meetings' }], current: shortName }}>
      <PageHeading>{t('organiserTitle', { organiser: shortName })}</PageHeading>
      <MeetingsOverview meetings={meetings} bodies={bodies} active={body.id} now={new Date()} />
      <SubscribeLink groupId={body.id === 'platform' ? undefined : body.id} />
    </PageLayout>
  );
}
