/**
 * What a queued message carries besides its plain text (mail_queue.extras, migration 0140), stored as JSON
 * and handed to nodemailer as it is: list headers (RFC 2369 / RFC 8058 one-click unsubscribe), an
 * iCalendar part for calendar programs (RFC 6047: `text/calendar; method=REQUEST|CANCEL`) and files.
 */
export type MailExtras = {
  /** Extra header fields; names are fixed by the code, values carry no line breaks. */
  headers?: Record<string, string>;
  /** An iTIP message (RFC 5546) as the calendar alternative of the text: nodemailer `icalEvent`. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };
  /** Files: the meeting's `.ics` as the site publishes it. */
  attachments?: { filename: string; contentType: string; content: string }[];
};

const SAFE_HEADER_VALUE = /^[^\r\n]*$/;

/** JSON for the queue, or null when there is nothing extra. @throws Error on a header value with a line break */
export function serialiseExtras(extras: MailExtras | undefined): string | null {
  if (!extras) return null;
  for (const value of Object.values(extras.headers ?? {})) {
    if (!SAFE_HEADER_VALUE.test(value)) throw new Error('a header value must not hold a line break');
  }
  const empty = !extras.headers && !extras.icalEvent && !(extras.attachments && extras.attachments.length > 0);
  return empty ? null : JSON.stringify(extras);
}

export function parseExtras(json: string | null): MailExtras {
  if (!json) return {};
  try {
    return JSON.parse(json) as MailExtras;
  } catch {
    return {};
  }
}

/** The RFC 2369 and RFC 8058 header fields of a mailing: where to unsubscribe, and that one POST does it. */
export function listUnsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
