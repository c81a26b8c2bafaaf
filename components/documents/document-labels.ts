import type { FileInfo } from '@/lib/content/types';
import { intlLocale } from '@/lib/i18n/intl-locale';
import type { Locale } from '@/lib/i18n/locales';
import { capitalise, languageName } from '@/lib/i18n/names';
import type { Translate } from '@/lib/i18n/translator';

type DocumentWords = Translate<'pages.documents'>;

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * A file size as people read it: bytes below 1 KB, whole kilobytes below 1 MB, megabytes to one decimal
 * place, with the language's number format and unit words ("1,2 Mo"). Binary multiples, as file managers
 * and GOV.UK attachments show them.
 */
export function formatFileSize(bytes: number, t: DocumentWords, locale: Locale): string {
  const intl = intlLocale(locale);
  if (bytes < KIB) return t('bytes', { count: bytes });
  const kilobytes = Math.round(bytes / KIB);
  // Sizes that would round to 1,024 KB read better as 1 MB.
  if (kilobytes < KIB) return t('kilobytes', { size: new Intl.NumberFormat(intl).format(kilobytes) });
  return t('megabytes', { size: new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(bytes / MIB) });
}

/** "PDF, 1.2 MB" for a file on this site; "External link" for a document held elsewhere. */
export function fileLabel(fileInfo: FileInfo | null, t: DocumentWords, locale: Locale): string {
  if (!fileInfo) return t('externalLink');
  return t('fileSize', { type: fileInfo.type, size: formatFileSize(fileInfo.bytes, t, locale) });
}

/**
 * The names of a document's languages in the interface language, in the order given, as one list that
 * starts a value ("French, English"; "Francuski, angielski"). An unknown code shows in capitals.
 */
export function languageList(codes: readonly string[], locale: Locale): string {
  const names = new Intl.ListFormat(intlLocale(locale), { type: 'unit', style: 'short' }).format(
    codes.map((code) => languageName(code, locale)),
  );
  return capitalise(names, locale);
}
