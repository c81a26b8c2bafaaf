import type { Migration } from 'kysely';
import * as m0001 from './0001-registrations';
import * as m0002 from './0002-rate-limits';

/**
 * Every migration, in order. Names are permanent (they are stored in the database): append new ones at
 * the end with the next number, never rename or edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001-registrations': m0001,
  '0002-rate-limits': m0002,
};
