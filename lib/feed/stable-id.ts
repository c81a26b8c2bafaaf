import { createHash } from 'node:crypto';

/**
 * A fixed namespace for the Platform's name-based UUIDs (RFC 9562 version 5). Never change it: feed
 * readers recognise an entry by its id, which must survive builds, edits and a change of SITE_URL.
 */
const NAMESPACE = 'b6f0c2a4-5d1e-4c6b-9f3a-2e7d8c1a0f55';

/** `urn:uuid:` + the version-5 UUID of `name` in the Platform's namespace. */
export function stableUrn(name: string): string {
  const ns = Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
