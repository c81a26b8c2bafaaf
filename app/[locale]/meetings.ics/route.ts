import { CALENDAR_CONTENT_TYPE, contentLastModified, getAllMeetingsCalendar } from '@/lib/calendar';
import { getMeetings } from '@/lib/content';
import { conditionalResponse, representation, type Representation } from '@/lib/http/conditional';

// Built once per process; calendar programs poll it, and get 304 while it is unchanged.
let calendar: Promise<Representation> | undefined;

async function build(): Promise<Representation> {
  const stamp = await contentLastModified(await getMeetings());
  return representation(await getAllMeetingsCalendar(stamp), CALENDAR_CONTENT_TYPE, stamp);
}

export async function GET(request: Request): Promise<Response> {
  calendar ??= build();
  return conditionalResponse(request, await calendar, { 'Content-Disposition': 'inline; filename="meetings.ics"' });
}
