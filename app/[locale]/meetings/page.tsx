import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SubscribeLink } from '@/components/follow/subscribe-link';
import { PageLayout } from '@/components/layout/page-layout';
import { MeetingsOverview } from '@/components/meetings/meetings-overview';
import { PageHeading } from '@/components/ui/page-heading';
import { getBodies, getMeetings, getPlatform } from '@/lib/content';
import { pageMetadata } from '@/lib/site/page-metadata';

// Upcoming and past depend on the clock. CLOCK_PAGE_REVALIDATE_SECONDS, as a literal (lib/site/freshness.ts).
export const revalidate = 1800;

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('pages.meetings'), getLocale()]);
  const platform = await getPlatform(locale);
  return pageMetadata({ title: t('title'), description: t('description'), path: '/meetings', siteName: platform.shortTitle, locale });
}

export default async function MeetingsPage() {
  const [t, locale] = await Promise.all([getTranslations('pages.meetings'), getLocale()]);
  const [meetings, bodies] = await Promise.all([getMeetings(locale), getBodies(locale)]);
  return (
    <PageLayout path="/meetings" breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <MeetingsOverview meetings={meetings} bodies={bodies} active={null} now={new Date()} />
      <SubscribeLink />
    </PageLayout>
  );
}
