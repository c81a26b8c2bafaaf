/** Public URLs of the calendar files, in one place for the routes' links and the sitemap's neighbours. */
export const ALL_MEETINGS_CALENDAR_PATH = '/meetings.ics';

export function meetingCalendarPath(slug: string): string {
  return `/meetings/${slug}/calendar.ics`;
}

export function groupCalendarPath(slug: string): string {
  return `/working-groups/${slug}/calendar.ics`;
}
