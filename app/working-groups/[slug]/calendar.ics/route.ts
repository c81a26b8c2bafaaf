import { notFound } from 'next/navigation';
import { CALENDAR_CONTENT_TYPE, getWorkingGroupCalendar } from '@/lib/calendar';
import { getWorkingGroups } from '@/lib/content';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getWorkingGroups()).map((g) => ({ slug: g.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const calendar = await getWorkingGroupCalendar(slug, new Date());
  if (!calendar) notFound();
  return new Response(calendar, {
    headers: { 'Content-Type': CALENDAR_CONTENT_TYPE, 'Content-Disposition': `inline; filename="${slug}.ics"` },
  });
}
