import { notFound } from 'next/navigation';
import { CALENDAR_CONTENT_TYPE, getCalendarMeetingSlugs, getMeetingCalendar } from '@/lib/calendar';

export const dynamic = 'force-static';
/** Only meetings with an exact day have a calendar file; any other slug is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCalendarMeetingSlugs()).map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const calendar = await getMeetingCalendar(slug, new Date());
  if (!calendar) notFound();
  return new Response(calendar, {
    headers: { 'Content-Type': CALENDAR_CONTENT_TYPE, 'Content-Disposition': `attachment; filename="${slug}.ics"` },
  });
}
