import { createHmac, timingSafeEqual } from 'node:crypto';
import { REFERENCE_PATTERN } from './reference';

/**
 * The confirmation page's link. The page shows a reference and what was chosen only when the link was
 * issued by this site within the last hour or two: the query carries an HMAC of its values and of the
 * hour it was made, under a key the site keeps in its database (migration 0113). A reference typed into
 * the address bar, or an old link, shows nothing (S-FORM-4). The link is the same for a new and a known
 * address apart from the reference itself and the signature over it.
 */
export type Receipt = { reference: string; groups: string[]; meeting: string | null };

const HOUR_MS = 60 * 60 * 1000;
const GROUP = /^wg[0-9]{1,4}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,150}$/;
const MAX_GROUPS = 50;
/** 128 bits of an HMAC-SHA-256, base64url. */
const MAC_LENGTH = 22;
const SIGNATURE = new RegExp(`^[A-Za-z0-9_-]{${MAC_LENGTH}}$`);

function mac(key: Buffer, receipt: Receipt, hour: number): string {
  return createHmac('sha256', key)
    .update([receipt.reference, receipt.groups.join(','), receipt.meeting ?? '', String(hour)].join('\n'))
    .digest('base64url')
    .slice(0, MAC_LENGTH);
}

/** The query string (without `?`) of a receipt issued at `now`. Ill-formed group ids and meetings are left out. */
export function receiptQuery(receipt: Receipt, key: Buffer, now: Date): string {
  const clean: Receipt = {
    reference: receipt.reference,
    groups: receipt.groups.filter((g) => GROUP.test(g)).slice(0, MAX_GROUPS),
    meeting: receipt.meeting && SLUG.test(receipt.meeting) ? receipt.meeting : null,
  };
  const params = new URLSearchParams({ ref: clean.reference });
  if (clean.groups.length > 0) params.set('groups', clean.groups.join(','));
  if (clean.meeting) params.set('meeting', clean.meeting);
  params.set('sig', mac(key, clean, Math.floor(now.getTime() / HOUR_MS)));
  return params.toString();
}

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/**
 * The receipt in a confirmation page's query, or null unless its signature matches one made in this hour
 * or the one before (so a receipt is shown for at least an hour, at most two).
 */
export function readReceipt(params: Params, key: Buffer, now: Date): Receipt | null {
  const reference = one(params.ref);
  const sig = one(params.sig);
  const groups = one(params.groups)?.split(',') ?? [];
  const meeting = one(params.meeting) ?? null;
  if (!reference || !REFERENCE_PATTERN.test(reference) || !sig || !SIGNATURE.test(sig)) return null;
  if (groups.length > MAX_GROUPS || !groups.every((g) => GROUP.test(g)) || (meeting !== null && !SLUG.test(meeting))) return null;
  const receipt: Receipt = { reference, groups, meeting };
  const hour = Math.floor(now.getTime() / HOUR_MS);
  const given = Buffer.from(sig);
  const matches = [hour, hour - 1].some((h) => timingSafeEqual(Buffer.from(mac(key, receipt, h)), given));
  return matches ? receipt : null;
}
