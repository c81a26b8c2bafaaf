import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DocumentList } from '@/components/documents/document-list';
import { contentLang } from '@/components/language/language-notice';
import { NotFoundPage, notFoundMetadata } from '@/components/layout/not-found-page';
import { PageLayout } from '@/components/layout/page-layout';
import { MdxContent } from '@/components/mdx/mdx-content';
import { AddToCalendar } from '@/components/meetings/add-to-calendar';
import { EventJsonLd } from '@/components/meetings/event-json-ld';
import { MeetingBanner } from '@/components/meetings/meeting-banner';
import { MeetingDetails } from '@/components/meetings/meeting-details';
import { PlacesLeft } from '@/components/meetings/places-left';
import { DayDate } from '@/components/ui/day-date';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { Link } from '@/i18n/navigation';
import { getBodies, getBodyById, getMeetingBySlug, getMeetings, getPlatform } from '@/lib/content';
import { hasCalendarEvent } from '@/lib/calendar/meeting-event';
import { isUpcoming } from '@/lib/dates';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { bodyNames } from '@/lib/site/bodies';
import { pageMetadata } from '@/lib/site/page-metadata';

// Whether a meeting is upcoming (and takes registrations) depends on the clock. CLOCK_PAGE_REVALIDATE_SECONDS, as a literal (lib/site/freshness.ts).
export const revalidate = 1800;

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * Built ahead: every meeting in English, and each meeting in the languages it is translated into. A
 * meeting in a language it has no translation in is rendered on its first request (English content under
 * the notice) and then kept; an unknown slug is a 404.
 */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
  const meetings = await getMeetings(locale);
  return meetings.filter((m) => m.locales.includes(locale)).map((m) => ({ slug: m.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const locale = await getLocale();
  const [meeting, platform] = await Promise.all([getMeetingBySlug(slug, locale), getPlatform(locale)]);
  if (!meeting) return notFoundMetadata();
  return pageMetadata({
    title: meeting.title,
    description: meeting.summary,
    path: `/meetings/${meeting.slug}`,
    siteName: platform.shortTitle,
    locale,
    languages: meeting.locales,
    type: 'article',
  });
}

export default async function MeetingPage({ params }: Props) {
  const { slug } = await params;
  const locale = await getLocale();
  const meeting = await getMeetingBySlug(slug, locale);
  if (!meeting) return <NotFoundPage />;

  const [t, groupWords, languageWords, placesWords, body, bodies] = await Promise.all([
    getTranslations('pages.meetings'),
    getTranslations('pages.workingGroups'),
    getTranslations('language'),
    getTranslations('participation.places'),
    getBodyById(meeting.body, locale),
    getBodies(locale),
  ]);
  const now = new Date();
  // Interest is taken until the meeting's date has passed, and never for a cancelled meeting.
  const takesInterest = isUpcoming(meeting, now) && meeting.status !== 'cancelled';
  const lang = contentLang(meeting, locale);
  const outcomesLang = meeting.outcomes ? contentLang(meeting.outcomes, locale) : undefined;

  return (
    <PageLayout
      path={`/meetings/${meeting.slug}`}
      breadcrumbs={{ ancestors: [{ label: t('title'), href: '/meetings' }], current: meeting.title, currentLang: lang }}
      content={meeting}
    >
      <article>
        <EventJsonLd meeting={meeting} />
        <PageHeading
          caption={body ? bodyNames(body, groupWords).shortName : undefined}
          captionLang={body && body.number === null ? contentLang(body, locale) : undefined}
          lang={lang}
        >
          {meeting.title}
        </PageHeading>
        <MeetingBanner meeting={meeting} now={now} />
        <p className="max-w-3xl text-xl" lang={lang}>
          {meeting.summary}
        </p>

        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="sr-only">
            {t('details')}
          </h2>
          <MeetingDetails meeting={meeting} body={body} open={takesInterest} />
        </section>

        {takesInterest ? (
          <div className="no-print mb-6 max-w-3xl border-l-8 border-eu-blue bg-eu-blue-pale p-5">
            <p className="mb-4">{t('interestNotPlace')}</p>
            {meeting.capacity ? (
              <>
                <h2 className="mb-2 text-xl font-bold">{placesWords('heading')}</h2>
                <PlacesLeft slug={meeting.slug} locale={locale} initial={placesWords('capacity', { capacity: meeting.capacity })} />
                <p className="mb-4">{placesWords('byInvitation')}</p>
              </>
            ) : null}
            <Link href={`/participate?meeting=${meeting.slug}`} className="button">
              {t('registerInterest')}
            </Link>
          </div>
        ) : null}
        {hasCalendarEvent(meeting) && meeting.status !== 'cancelled' ? (
          <AddToCalendar slug={meeting.slug} groupId={meeting.body === 'platform' ? undefined : meeting.body} />
        ) : null}

        {meeting.agenda && meeting.agenda.length > 0 ? (
          <section aria-labelledby="agenda-heading">
            <SectionHeading id="agenda-heading">{t('agenda')}</SectionHeading>
            <ol className="list-decimal space-y-1 pl-6" lang={lang}>
              {meeting.agenda.map((item, i) => (
                <li key={`${i}-${item}`}>{item}</li>
              ))}
            </ol>
          </section>
        ) : null}

        {meeting.mdx ? (
          <section aria-labelledby="about-heading">
            <SectionHeading id="about-heading">{t('aboutHeading')}</SectionHeading>
            <MdxContent code={meeting.mdx} locale={meeting.locale} />
          </section>
        ) : null}

        {meeting.outcomes ? (
          <section aria-labelledby="outcomes">
            <SectionHeading id="outcomes">
              <span lang={outcomesLang}>{meeting.outcomes.title}</span>
            </SectionHeading>
            {/* Outcomes are translated apart from their meeting: where they are not (and the meeting is), say so. */}
            {outcomesLang && !lang ? <p className="mb-4 text-ink-muted">{languageWords('partNotAvailable')}</p> : null}
            {meeting.outcomes.published ? (
              <p className="mb-4 text-ink-muted">
                {t('outcomesPublished')}: <DayDate day={meeting.outcomes.published} />
              </p>
            ) : null}
            <MdxContent code={meeting.outcomes.mdx} locale={meeting.outcomes.locale} />
          </section>
        ) : null}

        {meeting.documents.length > 0 ? (
          <section aria-labelledby="documents-heading">
            <SectionHeading id="documents-heading">{t('documents')}</SectionHeading>
            <DocumentList documents={meeting.documents} bodies={bodies} />
          </section>
        ) : null}
      </article>
    </PageLayout>
  );
}
