import { notFound } from 'next/navigation';
import { CALENDAR_CONTENT_TYPE, contentLastModified, getWorkingGroupCalendar } from '@/lib/calendar';
import { getMeetingsByBody, getWorkingGroupBySlug, getWorkingGroups } from '@/lib/content';
import { conditionalResponse, representation, type Representation } from '@/lib/http/conditional';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getWorkingGroups()).map((g) => ({ slug: g.slug }));
}

// One per group, built once per process; answered per request for If-None-Match / If-Modified-Since.
const calendars = new Map<string, Promise<Representation | null>>();

async function build(slug: string): Promise<Representation | null> {
  const group = await getWorkingGroupBySlug(slug);
  if (!group) return null;
  const stamp = await contentLastModified(await getMeetingsByBody(group.id), [group.sourcePath]);
  const text = await getWorkingGroupCalendar(slug, stamp);
  return text ? representation(text, CALENDAR_CONTENT_TYPE, stamp) : null;
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!calendars.has(slug)) calendars.set(slug, build(slug));
  const calendar = await calendars.get(slug)!;
  if (!calendar) notFound();
  return conditionalResponse(request, calendar, { 'Content-Disposition': `inline; filename="${slug}.ics"` });
}
