import type { Meeting } from '@/lib/content/types';
import { useDateFormat } from '@/lib/i18n/use-date-format';

/**
 * A meeting's date as a calendar leaf (the Europa Component Library's date block), for scanning a list.
 * Hidden from assistive technology: the date is always written out in full beside it. A cancelled or
 * postponed meeting's leaf is grey.
 */
export function DateBlock({ meeting }: { meeting: Pick<Meeting, 'date' | 'status'> }) {
  const { day, month, year } = useDateFormat().dateBlock(meeting.date);
  const calledOff = meeting.status === 'cancelled' || meeting.status === 'postponed';
  return (
    <div
      aria-hidden="true"
      className={`flex w-16 shrink-0 flex-col items-center self-start border-2 py-1 text-center leading-tight sm:w-20 ${
        calledOff ? 'border-rule bg-surface text-ink-muted' : 'border-eu-blue bg-white text-eu-blue'
      }`}
    >
      {day ? <span className="text-2xl font-extrabold sm:text-3xl">{day}</span> : null}
      <span className={`font-bold ${day ? 'text-sm' : 'pt-2 text-base'}`}>{month}</span>
      <span className={`text-sm ${calledOff ? '' : 'text-ink'}`}>{year}</span>
    </div>
  );
}
