import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The links in participation mail carry a signed token instead of a stored one: the id of what the link
 * acts on (an invitation, or a registration for unsubscribing) and an HMAC-SHA-256 of it and of the link's
 * purpose, under the site's `participation` key (migration 0140). The same link can then appear in every
 * mail about a meeting without a row per mail, a link cannot be turned into another person's (the id is
 * covered by the MAC) or into another purpose, and it stops working when what it names is erased.
 */
export type ParticipationPurpose = 'attend' | 'unsubscribe';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 128 bits of the MAC, base64url. */
const MAC_LENGTH = 22;
const TOKEN = new RegExp(`^([0-9a-f-]{36})\\.([A-Za-z0-9_-]{${MAC_LENGTH}})$`);

function mac(key: Buffer, purpose: ParticipationPurpose, id: string): string {
  return createHmac('sha256', key).update(`${purpose}\n${id}`).digest('base64url').slice(0, MAC_LENGTH);
}

/** `<uuid>.<mac>`; throws on an id that is not a UUID (a programming error). */
export function signParticipationToken(key: Buffer, purpose: ParticipationPurpose, id: string): string {
  if (!UUID.test(id)) throw new Error('a participation token names a UUID');
  return `${id}.${mac(key, purpose, id)}`;
}

/** The id a token names, or null when it is malformed or was not signed for this purpose with this key. */
export function readParticipationToken(key: Buffer, purpose: ParticipationPurpose, token: unknown): string | null {
  if (typeof token !== 'string') return null;
  const match = TOKEN.exec(token);
  if (!match || !UUID.test(match[1]!)) return null;
  const [, id, given] = match as unknown as [string, string, string];
  return timingSafeEqual(Buffer.from(mac(key, purpose, id)), Buffer.from(given)) ? id : null;
}
