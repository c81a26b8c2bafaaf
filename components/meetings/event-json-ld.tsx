import type { Meeting } from '@/lib/content';
import { getBodyById } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { meetingEvent } from '@/lib/seo/event';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { SHARE_IMAGE_PATH } from '@/lib/seo/share-image';

/** schema.org Event structured data for a meeting page (rendered once, in the page's body). */
export async function EventJsonLd({ meeting }: { meeting: Meeting }) {
  const siteUrl = getEnv().SITE_URL;
  const body = await getBodyById(meeting.body);
  const data = meetingEvent(meeting, {
    url: `${siteUrl}/meetings/${encodeURIComponent(meeting.slug)}`,
    organizer: { name: body?.name ?? meeting.body, url: `${siteUrl}${body?.href ?? '/'}` },
    image: `${siteUrl}${SHARE_IMAGE_PATH}`,
  });
  if (!data) return null;
  // serializeJsonLd escapes <, > and &, so content can never close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
