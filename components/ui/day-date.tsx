import { useDateFormat } from '@/lib/i18n/use-date-format';

/** A calendar day (YYYY-MM-DD) as "21 November 2017" in the page's language, marked up for machines too. */
export function DayDate({ day }: { day: string }) {
  return <time dateTime={day}>{useDateFormat().day(day)}</time>;
}
