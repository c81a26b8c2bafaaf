import type { Locale } from '@/lib/i18n/locales';

/** "In person, Brussels, Belgium": the format's words, then the venue marked with its language when it differs. */
export function Place({ format, venue, lang }: { format: string | null; venue: string | null; lang?: Locale }) {
  if (!format && !venue) return null;
  return (
    <>
      {format}
      {format && venue ? ', ' : null}
      {venue ? <span lang={lang}>{venue}</span> : null}
    </>
  );
}
