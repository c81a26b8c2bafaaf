import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DocumentList } from '@/components/documents/document-list';
import { SubscribeLink } from '@/components/follow/subscribe-link';
import { contentLang } from '@/components/language/language-notice';
import { NotFoundPage, notFoundMetadata } from '@/components/layout/not-found-page';
import { PageLayout } from '@/components/layout/page-layout';
import { MdxContent } from '@/components/mdx/mdx-content';
import { MeetingList } from '@/components/meetings/meeting-list';
import { MeetingWhen } from '@/components/meetings/meeting-when';
import { NextMeeting } from '@/components/meetings/next-meeting';
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
import { Link } from '@/i18n/navigation';
import { meetingSections } from '@/lib/dates';
import { getDateFormat } from '@/lib/i18n/date-format';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/site/page-metadata';

// The split between upcoming and past meetings depends on the clock. CLOCK_PAGE_REVALIDATE_SECONDS, as a literal (lib/site/freshness.ts).
export const revalidate = 1800;

type Props = { params: Promise<{ locale: string; slug: string }> };

/** Built ahead: every group in English, and each group in the languages it is translated into (see the meeting page). */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
  const groups = await getWorkingGroups(locale);
  return groups.filter((g) => g.locales.includes(locale)).map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const locale = await getLocale();
  const [group, platform, t] = await Promise.all([getWorkingGroupBySlug(slug, locale), getPlatform(locale), getTranslations('pages.workingGroups')]);
  if (!group) return notFoundMetadata();
  return pageMetadata({
    title: t('groupTitle', { number: group.number, title: group.title }),
    description: group.summary,
    path: `/working-groups/${group.slug}`,
    siteName: platform.shortTitle,
    locale,
    languages: group.locales,
    type: 'article',
  });
}

export default async function WorkingGroupPage({ params }: Props) {
  const { slug } = await params;
  const locale = await getLocale();
  const group = await getWorkingGroupBySlug(slug, locale);
  if (!group) return <NotFoundPage />;

  const [t, meetingWords, meetings, documents, bodies, allMeetings, createdAt] = await Promise.all([
    getTranslations('pages.workingGroups'),
    getTranslations('pages.meetings'),
    getMeetingsByBody(group.id, locale),
    getDocumentsByBody(group.id, locale),
    getBodies(locale),
    getMeetings(locale),
    group.createdAt ? getMeetingBySlug(group.createdAt, locale) : null,
  ]);
  const lang = contentLang(group, locale);
  const dates = await getDateFormat(locale);
  const now = new Date();
  const { upcoming, calledOff, past } = meetingSections(meetings, now);
  const [next = null, ...later] = upcoming;
  const participateHref = `/participate?group=${group.id}`;

  return (
    <PageLayout
      path={`/working-groups/${group.slug}`}
      breadcrumbs={{ ancestors: [{ label: t('title'), href: '/working-groups' }], current: t('groupName', { number: group.number }) }}
      content={group}
    >
      <PageHeading caption={t('groupName', { number: group.number })} lang={lang}>
        {group.title}
      </PageHeading>

      <section aria-labelledby="mandate-heading">
        <h2 id="mandate-heading" className="mb-2 text-2xl font-bold">
          {t('mandate')}
        </h2>
        {/* The mandate is quoted exactly as the English source words it (S-CONTENT-8), in every language. */}
        <p className="max-w-3xl border-l-4 border-eu-yellow pl-4 text-lg" lang={locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE}>
          {group.mandate}
        </p>
        {createdAt ? (
          <p className="mt-4 max-w-3xl">
            {t.rich('createdAtSentence', {
              meeting: createdAt.title,
              date: dates.meetingDate(createdAt.date, createdAt.timeZone, { status: createdAt.status }),
              link: (text) => (
                <Link href={`/meetings/${createdAt.slug}`} lang={contentLang(createdAt, locale)}>
                  {text}
                </Link>
              ),
              // The same words, with the machine-readable date of <time>.
              time: () => <MeetingWhen meeting={createdAt} />,
            })}
          </p>
        ) : null}
      </section>

      <MdxContent code={group.mdx} locale={group.locale} className="mt-6" />

      <p className="mt-8">
        <Link href={participateHref} className="button">
          {t('registerInterest')}
        </Link>
      </p>

      <section aria-labelledby="next-meeting-heading">
        <SectionHeading id="next-meeting-heading">{t('nextMeeting')}</SectionHeading>
        <NextMeeting meeting={next} bodies={bodies} headingId="next-meeting-heading" showOrganiser={false} participateHref={participateHref} />
        <SubscribeLink groupId={group.id} />
      </section>

      {later.length > 0 ? (
        <section aria-labelledby="later-heading">
          <SectionHeading id="later-heading">{t('laterMeetings')}</SectionHeading>
          <MeetingList meetings={later} bodies={bodies} showOrganiser={false} />
        </section>
      ) : null}

      {calledOff.length > 0 ? (
        <section aria-labelledby="called-off-heading">
          <SectionHeading id="called-off-heading">{meetingWords('calledOff')}</SectionHeading>
          <MeetingList meetings={calledOff} bodies={bodies} showOrganiser={false} />
        </section>
      ) : null}

      {past.length > 0 ? (
        <section aria-labelledby="past-heading">
          <SectionHeading id="past-heading">{t('pastMeetings')}</SectionHeading>
          <MeetingList meetings={past} bodies={bodies} showOrganiser={false} />
        </section>
      ) : null}

      <section aria-labelledby="documents-heading">
        <SectionHeading id="documents-heading">{t('documents')}</SectionHeading>
        {documents.length > 0 ? (
          <DocumentList documents={documents} bodies={bodies} meetings={allMeetings} showOwner={false} />
        ) : (
          <p>{t('noDocuments')}</p>
        )}
      </section>
    </PageLayout>
  );
}
