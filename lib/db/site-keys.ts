import 'server-only';
import type { Db } from './client';
import './registrant-schema';

export type SiteKeyName = 'receipt' | 'participation';

// A key never changes once made (migration 0113), so each process reads it once per database.
const cache = new WeakMap<Db, Map<SiteKeyName, Promise<Buffer>>>();

/**
 * A secret the site made for itself (migration 0113), the same for every instance sharing the database.
 * Throws when the database cannot be read; the next call tries again.
 */
export function getSiteKey(db: Db, name: SiteKeyName): Promise<Buffer> {
  let keys = cache.get(db);
  if (!keys) cache.set(db, (keys = new Map()));
  let key = keys.get(name);
  if (!key) {
    key = db
      .selectFrom('site_keys')
      .select('secret')
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
      .then((row) => Buffer.from(row.secret, 'base64url'));
    const forget = keys;
    key.catch(() => forget.delete(name));
    keys.set(name, key);
  }
  return key;
}
