import 'server-only';
import { getMeetingBySlug } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import { attendanceCounts } from '@/lib/db/invitations';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

export type Places = { capacity: number; attending: number; waiting: number; left: number; text: string };

/**
 * A meeting's places as the public may see them (S-INVITE-2): counts only, nothing personal, and a sentence
 * in the language asked for ("3 places left of 40.", or that the waiting list is open). Null for an
 * unknown meeting or one without a capacity.
 */
export async function meetingPlaces(db: Db, slug: string, locale: Locale): Promise<Places | null> {
  const meeting = await getMeetingBySlug(slug, locale);
  if (!meeting?.capacity) return null;
  const [counts, t] = await Promise.all([attendanceCounts(db, slug), getTranslator(locale, 'participation.places')]);
  const left = Math.max(0, meeting.capacity - counts.attending);
  return { capacity: meeting.capacity, attending: counts.attending, waiting: counts.waiting, left, text: left > 0 ? t('left', { left, capacity: meeting.capacity }) : t('full') };
}
