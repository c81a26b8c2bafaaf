/** Site-relative paths of pages that several features link to. */
export const FOLLOW_PATH = '/follow';

/** Who runs the site and how to reach them, as the server is configured (S-PRIVACY-1). */
export const CONTACT_PATH = '/contact';

/** The "Follow the Platform" page's entry for one calendar: all meetings, or one working group's. */
export function followCalendarHref(groupId?: string): string {
  return `${FOLLOW_PATH}#calendar-${groupId ?? 'all'}`;
}

/**
 * A calendar's address for subscribing: the `webcal:` scheme makes a browser hand the address to the
 * calendar program (Apple Calendar, Outlook) instead of downloading a one-off copy.
 */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:/, 'webcal:');
}
