import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CopyAddress } from '@/components/follow/copy-address';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { localizedPath } from '@/i18n/paths';
import { ALL_MEETINGS_CALENDAR_PATH, groupCalendarPath } from '@/lib/calendar/paths';
import { getPlatform, getWorkingGroups } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { FEED_PATH } from '@/lib/feed/paths';
import { pageMetadata } from '@/lib/site/page-metadata';
import { FOLLOW_PATH, webcalUrl } from '@/lib/site/paths';

/** The calendar programs the page explains, with the number of steps each has in the catalogue (`follow.howTo.programs`). */
const PROGRAMS = [
  { id: 'google', steps: 3 },
  { id: 'outlook', steps: 3 },
  { id: 'apple', steps: 2 },
  { id: 'thunderbird', steps: 2 },
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('follow'), getLocale()]);
  const platform = await getPlatform(locale);
  return pageMetadata({ title: t('title'), description: t('description'), path: FOLLOW_PATH, siteName: platform.shortTitle, locale });
}

/**
 * For people rather than feed readers (S-PAGES): each calendar with a `webcal:` Subscribe link and its
 * address to paste, how to add a subscription in common calendar programs, and the news feed, each in the
 * page's language (the calendars and the feed are written in it too).
 */
export default async function FollowPage() {
  const locale = await getLocale();
  const [t, groupWords, groups] = await Promise.all([getTranslations('follow'), getTranslations('pages.workingGroups'), getWorkingGroups(locale)]);
  const site = getEnv().SITE_URL;
  const address = (path: string) => `${site}${localizedPath(path, locale)}`;
  const calendars = [
    { id: 'all', name: t('calendars.allName'), hint: t('calendars.allHint'), path: ALL_MEETINGS_CALENDAR_PATH },
    ...groups.map((g) => {
      const name = groupWords('groupTitle', { number: g.number, title: g.title });
      return { id: g.id, name, hint: t('calendars.groupHint', { group: name }), path: groupCalendarPath(g.slug) };
    }),
  ];
  return (
    <PageLayout path={FOLLOW_PATH} breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <p className="max-w-3xl text-lg">{t('lead')}</p>

      <section aria-labelledby="calendars">
        <SectionHeading id="calendars">{t('calendars.heading')}</SectionHeading>
        <div className="max-w-3xl space-y-3">
          <p>{t('calendars.intro')}</p>
          <p>{t('calendars.oneOff')}</p>
          <p>{t('calendars.addressHint')}</p>
        </div>
        <ul className="mt-6 border-t border-rule">
          {calendars.map((c) => (
            <li key={c.id} id={`calendar-${c.id}`} className="border-b border-rule py-5">
              <h3 className="text-xl font-bold">{c.name}</h3>
              <p className="mt-1">{c.hint}</p>
              <p className="mt-3">
                <a href={webcalUrl(address(c.path))} className="button">
                  {t.rich('calendars.subscribe', {
                    calendar: c.name,
                    hidden: (text) => <span className="sr-only">{text}</span>,
                  })}
                </a>
              </p>
              <CopyAddress label={t('calendars.addressLabel')} address={address(c.path)} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-to">
        <SectionHeading id="how-to">{t('howTo.heading')}</SectionHeading>
        <p className="max-w-3xl">{t('howTo.intro')}</p>
        <div className="mt-4 max-w-3xl space-y-3">
          {PROGRAMS.map((program) => (
            <details key={program.id} className="border-l-4 border-rule pl-4">
              <summary className="cursor-pointer py-1 font-semibold text-eu-blue underline">{t(`howTo.programs.${program.id}.name`)}</summary>
              <ol className="mt-2 mb-2 list-decimal space-y-1 pl-6">
                {Array.from({ length: program.steps }, (_, i) => (
                  <li key={i}>{t(`howTo.programs.${program.id}.steps.${i + 1}` as `howTo.programs.google.steps.1`)}</li>
                ))}
              </ol>
            </details>
          ))}
        </div>
      </section>

      <section aria-labelledby="feed">
        <SectionHeading id="feed">{t('feed.heading')}</SectionHeading>
        <p className="max-w-3xl">{t('feed.intro')}</p>
        <p className="mt-3">
          <a href={localizedPath(FEED_PATH, locale)}>{t('feed.open')}</a>
        </p>
        <CopyAddress label={t('feed.addressLabel')} address={address(FEED_PATH)} />
      </section>
    </PageLayout>
  );
}
