import { notFound } from 'next/navigation';
import { CALENDAR_CONTENT_TYPE, contentLastModified, getCalendarMeetingSlugs, getMeetingCalendar } from '@/lib/calendar';
import { getMeetingBySlug } from '@/lib/content';
import { conditionalResponse, representation, type Representation } from '@/lib/http/conditional';

/** Only meetings with an exact day have a calendar file; any other slug is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCalendarMeetingSlugs()).map((slug) => ({ slug }));
}

// One per meeting, built once per process; answered per request for If-None-Match / If-Modified-Since.
const calendars = new Map<string, Promise<Representation | null>>();

async function build(slug: string): Promise<Representation | null> {
  const meeting = await getMeetingBySlug(slug);
  if (!meeting) return null;
  const stamp = await contentLastModified([meeting]);
  const text = await getMeetingCalendar(slug, stamp);
  return text ? representation(text, CALENDAR_CONTENT_TYPE, stamp) : null;
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!calendars.has(slug)) calendars.set(slug, build(slug));
  const calendar = await calendars.get(slug)!;
  if (!calendar) notFound();
  return conditionalResponse(request, calendar, { 'Content-Disposition': `attachment; filename="${slug}.ics"` });
}
