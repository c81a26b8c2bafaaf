import type { Metadata } from 'next';
import { CopyAddress } from '@/components/follow/copy-address';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { ALL_MEETINGS_CALENDAR_PATH, groupCalendarPath } from '@/lib/calendar/paths';
import { getPlatform, getWorkingGroups } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { FEED_PATH } from '@/lib/feed/paths';
import { getMessages } from '@/lib/i18n';
import { pageMetadata } from '@/lib/site/page-metadata';
import { FOLLOW_PATH, webcalUrl } from '@/lib/site/paths';

export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages().follow;
  const platform = await getPlatform();
  return pageMetadata({ title: t.title, description: t.description, path: FOLLOW_PATH, siteName: platform.shortTitle });
}

/**
 * For people rather than feed readers (S-PAGES): each calendar with a `webcal:` Subscribe link and its
 * address to paste, how to add a subscription in common calendar programs, and the news feed.
 */
export default async function FollowPage() {
  const t = getMessages().follow;
  const groupName = getMessages().pages.workingGroups.groupTitle;
  const site = getEnv().SITE_URL;
  const groups = await getWorkingGroups();
  const calendars = [
    { id: 'all', name: t.calendars.allName, hint: t.calendars.allHint, path: ALL_MEETINGS_CALENDAR_PATH },
    ...groups.map((g) => {
      const name = groupName(g.number, g.title);
      return { id: g.id, name, hint: t.calendars.groupHint(name), path: groupCalendarPath(g.slug) };
    }),
  ];
  return (
    <PageLayout path={FOLLOW_PATH} breadcrumbs={{ current: t.title }}>
      <PageHeading>{t.title}</PageHeading>
      <p className="max-w-3xl text-lg">{t.lead}</p>

      <section aria-labelledby="calendars">
        <SectionHeading id="calendars">{t.calendars.heading}</SectionHeading>
        <div className="max-w-3xl space-y-3">
          <p>{t.calendars.intro}</p>
          <p>{t.calendars.oneOff}</p>
          <p>{t.calendars.addressHint}</p>
        </div>
        <ul className="mt-6 border-t border-rule">
          {calendars.map((c) => (
            <li key={c.id} id={`calendar-${c.id}`} className="border-b border-rule py-5">
              <h3 className="text-xl font-bold">{c.name}</h3>
              <p className="mt-1">{c.hint}</p>
              <p className="mt-3">
                <a href={webcalUrl(`${site}${c.path}`)} className="button">
                  {t.calendars.subscribe}
                  <span className="sr-only">{t.calendars.subscribeTo(c.name)}</span>
                </a>
              </p>
              <CopyAddress label={t.calendars.addressLabel} address={`${site}${c.path}`} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-to">
        <SectionHeading id="how-to">{t.howTo.heading}</SectionHeading>
        <p className="max-w-3xl">{t.howTo.intro}</p>
        <div className="mt-4 max-w-3xl space-y-3">
          {t.howTo.programs.map((program) => (
            <details key={program.name} className="border-l-4 border-rule pl-4">
              <summary className="cursor-pointer py-1 font-semibold text-eu-blue underline">{program.name}</summary>
              <ol className="mt-2 mb-2 list-decimal space-y-1 pl-6">
                {program.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </details>
          ))}
        </div>
      </section>

      <section aria-labelledby="feed">
        <SectionHeading id="feed">{t.feed.heading}</SectionHeading>
        <p className="max-w-3xl">{t.feed.intro}</p>
        <p className="mt-3">
          <a href={FEED_PATH}>{t.feed.open}</a>
        </p>
        <CopyAddress label={t.feed.addressLabel} address={`${site}${FEED_PATH}`} />
      </section>
    </PageLayout>
  );
}
