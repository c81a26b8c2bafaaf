import type { Messages } from '@/lib/i18n';
import type { FileInfo } from '@/lib/content/types';

type DocumentMessages = Messages['pages']['documents'];

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * A file size as people read it: bytes below 1 KB, whole kilobytes below 1 MB, megabytes to one
 * decimal place. Binary multiples, as file managers and GOV.UK attachments show them.
 */
export function formatFileSize(bytes: number, t: DocumentMessages, locale = 'en'): string {
  if (bytes < KIB) return t.bytes(new Intl.NumberFormat(locale).format(bytes));
  const kilobytes = Math.round(bytes / KIB);
  // Sizes that would round to 1,024 KB read better as 1 MB.
  if (kilobytes < KIB) return t.kilobytes(new Intl.NumberFormat(locale).format(kilobytes));
  return t.megabytes(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / MIB));
}

/** "PDF, 1.2 MB" for a file on this site; "External link" for a document held elsewhere. */
export function fileLabel(fileInfo: FileInfo | null, t: DocumentMessages, locale = 'en'): string {
  if (!fileInfo) return t.externalLink;
  return t.fileSize(fileInfo.type, formatFileSize(fileInfo.bytes, t, locale));
}

/** Full English names of a document's languages, in the order given; an unknown code shows as is. */
export function languageNames(codes: readonly string[], names: Messages['languages']): string[] {
  const byCode: Readonly<Record<string, string>> = names;
  return codes.map((code) => (Object.hasOwn(byCode, code) ? (byCode[code] ?? code) : code.toUpperCase()));
}
