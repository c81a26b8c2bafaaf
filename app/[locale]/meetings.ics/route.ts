import { notFound } from 'next/navigation';
import { CALENDAR_CONTENT_TYPE, contentLastModified, getAllMeetingsCalendar } from '@/lib/calendar';
import { getMeetings } from '@/lib/content';
import { conditionalResponse, representation, type Representation } from '@/lib/http/conditional';
import { isLocale, type Locale } from '@/lib/i18n/locales';

// One per language, built once per process; calendar programs poll it, and get 304 while it is unchanged.
const calendars = new Map<Locale, Promise<Representation>>();

async function build(locale: Locale): Promise<Representation> {
  const stamp = await contentLastModified(await getMeetings(locale));
  return representation(await getAllMeetingsCalendar(stamp, locale), CALENDAR_CONTENT_TYPE, stamp);
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  let calendar = calendars.get(locale);
  if (!calendar) calendars.set(locale, (calendar = build(locale)));
  return conditionalResponse(request, await calendar, { 'Content-Disposition': 'inline; filename="meetings.ics"' });
}
