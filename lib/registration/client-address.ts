/** The bucket every client shares when no trusted proxy says who the client is. */
export const DIRECT_CLIENT_KEY = 'direct';

/**
 * The client address the rate limit counts by. Only the header named by TRUSTED_PROXY_HEADER is read,
 * because only a proxy we run can be trusted to set it; for X-Forwarded-For the right-most entry is the
 * one our proxy appended (entries to its left came from the client). With no trusted proxy, a Server
 * Action cannot see the socket address, and any header could be forged, so every client shares one
 * bucket (docs/decisions/0043-rate-limit-client-address.md).
 */
export function clientKeyFrom(headers: Pick<Headers, 'get'>, trustedHeader: string | undefined): string {
  if (!trustedHeader) return DIRECT_CLIENT_KEY;
  const value = headers.get(trustedHeader);
  if (!value) return DIRECT_CLIENT_KEY;
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  const address = trustedHeader === 'x-forwarded-for' ? entries[entries.length - 1] : entries[0];
  // Bounded: a misconfigured proxy must not let a client fill the table with huge keys.
  return address ? `ip:${address.slice(0, 64)}` : DIRECT_CLIENT_KEY;
}
