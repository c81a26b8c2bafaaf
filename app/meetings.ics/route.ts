import { CALENDAR_CONTENT_TYPE, getAllMeetingsCalendar } from '@/lib/calendar';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await getAllMeetingsCalendar(new Date()), {
    headers: { 'Content-Type': CALENDAR_CONTENT_TYPE, 'Content-Disposition': 'inline; filename="meetings.ics"' },
  });
}
