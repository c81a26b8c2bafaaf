import { createDateFormat, type DateFormat } from '@/lib/dates/format';
import type { Locale } from './locales';
import { getTranslator } from './translator';

const made = new Map<Locale, Promise<DateFormat>>();

/** Dates in a language named explicitly: mail, calendars, route handlers, async components. */
export function getDateFormat(locale: Locale): Promise<DateFormat> {
  let format = made.get(locale);
  if (!format) {
    format = getTranslator(locale, 'dates').then((t) => createDateFormat(locale, t));
    made.set(locale, format);
  }
  return format;
}
