import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { contentLang } from '@/components/language/language-notice';
import { PageLayout } from '@/components/layout/page-layout';
import { MdxContent } from '@/components/mdx/mdx-content';
import { MeetingList } from '@/components/meetings/meeting-list';
import { MeetingWhen } from '@/components/meetings/meeting-when';
import { NextMeeting } from '@/components/meetings/next-meeting';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { GroupCards } from '@/components/working-groups/group-cards';
import { Link } from '@/i18n/navigation';
import { getBodies, getMeetingBySlug, getMeetings, getPlatform, getWorkingGroups } from '@/lib/content';
import { meetingSections } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locales';
import { localeMetadata } from '@/lib/seo/site-metadata';
import { pageMetadata } from '@/lib/site/page-metadata';

// Upcoming meetings depend on the clock. CLOCK_PAGE_REVALIDATE_SECONDS, as a literal (lib/site/freshness.ts).
export const revalidate = 1800;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const [platform, { separator }] = await Promise.all([getPlatform(locale), localeMetadata(locale)]);
  const metadata = await pageMetadata({
    title: platform.title,
    description: platform.description,
    path: '/',
    siteName: platform.shortTitle,
    locale,
    languages: platform.locales,
  });
  return { ...metadata, title: { absolute: `${platform.shortTitle}${separator}${platform.title}` } };
}

/** The meetings that created the working groups (the seed's high-level governance meeting). */
async function getFoundingMeetings(createdAt: readonly (string | undefined)[], locale: Locale) {
  const slugs = [...new Set(createdAt.filter((s): s is string => Boolean(s)))];
  const meetings = await Promise.all(slugs.map((slug) => getMeetingBySlug(slug, locale)));
  return meetings.filter((m) => m !== null);
}

export default async function HomePage() {
  const locale = await getLocale();
  const [t, meetingWords, platform, groups, meetings, bodies] = await Promise.all([
    getTranslations('pages.home'),
    getTranslations('pages.meetings'),
    getPlatform(locale),
    getWorkingGroups(locale),
    getMeetings(locale),
    getBodies(locale),
  ]);
  const founding = await getFoundingMeetings(groups.map((g) => g.createdAt), locale);
  const { upcoming, calledOff } = meetingSections(meetings, new Date());
  const [next = null, ...later] = upcoming;
  const platformLang = contentLang(platform, locale);

  return (
    <PageLayout path="/" content={platform}>
      <PageHeading lang={platformLang}>{platform.title}</PageHeading>
      {/* The call to take part sits beside the introduction (below it on a phone), before anything else. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="sr-only">
            {t('aboutHeading')}
          </h2>
          <MdxContent code={platform.mdx} locale={platform.locale} className="sm:text-lg" />
        </section>
        <section aria-labelledby="take-part-heading" className="border-t-8 border-eu-yellow bg-eu-blue p-6 text-white">
          <h2 id="take-part-heading" className="text-2xl font-bold">
            {t('takePartHeading')}
          </h2>
          <p className="mt-2 mb-5">{t('takePartText')}</p>
          <Link href="/participate" className="button button-secondary">
            {t('takePartButton')}
          </Link>
        </section>
      </div>

      <section aria-labelledby="next-meeting-heading">
        <SectionHeading id="next-meeting-heading">{t('nextMeetingHeading')}</SectionHeading>
        <NextMeeting meeting={next} bodies={bodies} headingId="next-meeting-heading" />
        <p className="mt-4">
          <Link href="/meetings">{t('allMeetings')}</Link>
        </p>
      </section>

      <section aria-labelledby="groups-heading">
        <SectionHeading id="groups-heading">{t('groupsHeading')}</SectionHeading>
        <GroupCards groups={groups} />
      </section>

      {founding.length > 0 ? (
        <section aria-labelledby="governance-heading">
          <SectionHeading id="governance-heading">{t('governanceHeading')}</SectionHeading>
          {founding.map((meeting) => (
            <div key={meeting.slug} className="border-l-4 border-eu-blue pl-4">
              <h3 className="text-xl font-bold">
                <Link href={`/meetings/${meeting.slug}`} lang={contentLang(meeting, locale)}>
                  {meeting.title}
                </Link>
              </h3>
              <p className="mt-1 text-ink-muted">
                <MeetingWhen meeting={meeting} />
              </p>
              <p className="mt-3" lang={contentLang(meeting, locale)}>
                {meeting.summary}
              </p>
              {meeting.outcomes ? (
                <>
                  <h4 className="mt-4 text-lg font-bold">{t('outcomeHeading')}</h4>
                  <MdxContent code={meeting.outcomes.mdx} locale={meeting.outcomes.locale} />
                </>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}

      {later.length > 0 ? (
        <section aria-labelledby="later-heading">
          <SectionHeading id="later-heading">{t('laterMeetingsHeading')}</SectionHeading>
          <MeetingList meetings={later} bodies={bodies} />
        </section>
      ) : null}

      {calledOff.length > 0 ? (
        <section aria-labelledby="called-off-heading">
          <SectionHeading id="called-off-heading">{meetingWords('calledOff')}</SectionHeading>
          <MeetingList meetings={calledOff} bodies={bodies} />
        </section>
      ) : null}
    </PageLayout>
  );
}
