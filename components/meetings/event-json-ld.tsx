import { getLocale, getTranslations } from 'next-intl/server';
import { localizedPath } from '@/i18n/navigation';
import type { Meeting } from '@/lib/content';
import { getBodyById } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { bodyNames } from '@/lib/site/bodies';
import { meetingEvent } from '@/lib/seo/event';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { SHARE_IMAGE_PATH } from '@/lib/seo/share-image';

/** schema.org Event structured data for a meeting page in its language (rendered once, in the page's body). */
export async function EventJsonLd({ meeting }: { meeting: Meeting }) {
  const siteUrl = getEnv().SITE_URL;
  const locale = await getLocale();
  const [body, groupWords] = await Promise.all([getBodyById(meeting.body, locale), getTranslations('pages.workingGroups')]);
  const data = meetingEvent(meeting, {
    url: `${siteUrl}${localizedPath(`/meetings/${encodeURIComponent(meeting.slug)}`, locale)}`,
    organizer: {
      name: body ? bodyNames(body, groupWords).name : meeting.body,
      url: `${siteUrl}${localizedPath(body?.href ?? '/', locale)}`,
    },
    image: `${siteUrl}${SHARE_IMAGE_PATH}`,
    inLanguage: meeting.locale,
  });
  if (!data) return null;
  // serializeJsonLd escapes <, > and &, so content can never close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
