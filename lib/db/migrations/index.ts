import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-registrations';
import * as m0002 from './0002-rate-limits';
import * as m0100 from './0100-accounts';
import * as m0101 from './0101-mail-queue';
import * as m0102 from './0102-audit-log';
import * as m0103 from './0103-tokens';

/**
 * Every migration, in order. Names are permanent (they are stored in the database): append new ones at
 * the end with the next number, never rename or edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001-registrations': m0001,
  '0002-rate-limits': m0002,
  '0100-accounts': m0100,
  '0101-mail-queue': m0101,
  '0102-audit-log': m0102,
  '0103-tokens': m0103,
};
