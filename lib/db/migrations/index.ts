import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-registrations';
import * as m0002 from './0002-rate-limits';
import * as m0100 from './0100-accounts';
import * as m0101 from './0101-mail-queue';
import * as m0102 from './0102-audit-log';
import * as m0103 from './0103-tokens';
import * as m0110 from './0110-registration-changes';
import * as m0111 from './0111-rate-limit-window-end';
import * as m0112 from './0112-audit-without-personal-data';
import * as m0113 from './0113-site-keys';
import * as m0135 from './0135-registration-language';
import * as m0140 from './0140-participation';
import * as m0160 from './0160-mail-priority';

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
  '0110-registration-changes': m0110,
  '0111-rate-limit-window-end': m0111,
  '0112-audit-without-personal-data': m0112,
  '0113-site-keys': m0113,
  '0135-registration-language': m0135,
  '0140-participation': m0140,
  '0160-mail-priority': m0160,
};
