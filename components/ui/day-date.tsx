import { formatDay } from '@/lib/dates';

/** A calendar day (YYYY-MM-DD) as "21 November 2017", marked up for machines too. */
export function DayDate({ day }: { day: string }) {
  return <time dateTime={day}>{formatDay(day)}</time>;
}
