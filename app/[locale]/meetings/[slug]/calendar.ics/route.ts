import { notFound } from 'next/navigation';
import { CALENDAR_CONTENT_TYPE, contentLastModified, getMeetingCalendar } from '@/lib/calendar';
import { getMeetingBySlug } from '@/lib/content';
import { conditionalResponse, representation, type Representation } from '@/lib/http/conditional';
import { isLocale, type Locale } from '@/lib/i18n/locales';

// One per meeting and language, built once per process; answered per request for If-None-Match /
// If-Modified-Since. Only meetings with an exact day have a calendar file; any other slug is a 404.
const calendars = new Map<string, Promise<Representation | null>>();

async function build(slug: string, locale: Locale): Promise<Representation | null> {
  const meeting = await getMeetingBySlug(slug, locale);
  if (!meeting) return null;
  const stamp = await contentLastModified([meeting]);
  const text = await getMeetingCalendar(slug, stamp, locale);
  return text ? representation(text, CALENDAR_CONTENT_TYPE, stamp) : null;
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const key = `${locale} ${slug}`;
  if (!calendars.has(key)) calendars.set(key, build(slug, locale));
  const calendar = await calendars.get(key)!;
  if (!calendar) notFound();
  return conditionalResponse(request, calendar, { 'Content-Disposition': `attachment; filename="${slug}.ics"` });
}
