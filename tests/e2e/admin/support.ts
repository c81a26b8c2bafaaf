import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { databaseFile, testSettings } from '../support/sites';

/**
 * Helpers of the admin journeys. Registrations are written straight into the fixtures server's SQLite
 * file (the server migrated it at start-up), so these tests do not depend on the public form.
 */
export const ADMIN = { email: testSettings.adminEmail, password: testSettings.adminPassword };

export function insertRegistration(fields: {
  fullName: string;
  email: string;
  country?: string;
  groups?: string[];
  organisation?: string;
  meetingSlug?: string | null;
  contribution?: string | null;
}): { id: string; reference: string } {
  const db = new Database(databaseFile('fixtures'));
  try {
    db.pragma('busy_timeout = 5000');
    const id = randomUUID();
    const reference = `E2E${randomUUID().replace(/[^A-Z2-9]/gi, '').toUpperCase().slice(0, 5)}`;
    const now = new Date().toISOString();
    db.prepare(
      `insert into registrations (id, reference, email, email_key, full_name, organisation, country, organisation_type,
         meeting_slug, contribution, consent_at, privacy_version, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, 'sme', ?, ?, ?, 'e2e', ?, ?)`,
    ).run(
      id,
      reference,
      fields.email,
      fields.email.toLowerCase(),
      fields.fullName,
      fields.organisation ?? 'E2E Org',
      fields.country ?? 'BE',
      fields.meetingSlug ?? null,
      fields.contribution ?? null,
      now,
      now,
      now,
    );
    for (const g of fields.groups ?? ['wg1']) db.prepare('insert into registration_groups (registration_id, group_id) values (?, ?)').run(id, g);
    return { id, reference };
  } finally {
    db.close();
  }
}

export function registrationExists(id: string): boolean {
  const db = new Database(databaseFile('fixtures'), { readonly: true });
  try {
    return db.prepare('select 1 from registrations where id = ?').get(id) !== undefined;
  } finally {
    db.close();
  }
}

export function isConfirmed(id: string): boolean {
  const db = new Database(databaseFile('fixtures'), { readonly: true });
  try {
    return (db.prepare('select confirmed_at from registrations where id = ?').get(id) as { confirmed_at: string | null } | undefined)?.confirmed_at != null;
  } finally {
    db.close();
  }
}

/** Every audit entry as stored (actor, action, target), for checks of what the log holds. */
export function auditRows(): { actor: string; action: string; target: string | null }[] {
  const db = new Database(databaseFile('fixtures'), { readonly: true });
  try {
    return db.prepare('select actor, action, target from audit_log').all() as { actor: string; action: string; target: string | null }[];
  } finally {
    db.close();
  }
}

/** Presses Tab until the element matching `selector` has focus (keyboard only; fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function signInWithKeyboard(page: Page, email = ADMIN.email, password = ADMIN.password): Promise<void> {
  await page.goto('/admin/sign-in');
  await tabTo(page, 'input#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.locator('input#password')).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** Stores a confirm or withdraw token for a registration, as the mail would carry it; returns the raw token. */
export function insertToken(registrationId: string, purpose: 'confirm' | 'withdraw', expiresAt = new Date(Date.now() + 86_400_000)): string {
  const token = randomBytes(32).toString('base64url');
  const db = new Database(databaseFile('fixtures'));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(
      'insert into registration_tokens (token_hash, registration_id, purpose, created_at, expires_at, used_at) values (?, ?, ?, ?, ?, null)',
    ).run(createHash('sha256').update(token).digest('hex'), registrationId, purpose, new Date().toISOString(), expiresAt.toISOString());
    return token;
  } finally {
    db.close();
  }
}
