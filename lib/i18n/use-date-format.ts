import { useLocale, useTranslations } from 'next-intl';
import { createDateFormat, type DateFormat } from '@/lib/dates/format';

/** Dates in the page's language, for a server component that renders synchronously. */
export function useDateFormat(): DateFormat {
  return createDateFormat(useLocale(), useTranslations('dates'));
}
