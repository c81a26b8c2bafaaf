import type { Kysely } from 'kysely';

/**
 * The audit log keeps actions and references, never names, emails or search text (S-PRIVACY-2). Entries
 * written before this rule named the account by its email address, kept the address typed at a failed
 * sign-in, the email of a created account, and the admin list's search text: each is rewritten here to
 * the account's id (or "anonymous"), and a search text to the marker `*`.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time (see 0001) */
export async function up(db: Kysely<any>): Promise<void> {
  const accounts: { id: string; email_key: string }[] = await db.selectFrom('admin_accounts').select(['id', 'email_key']).execute();
  const byEmail = new Map(accounts.map((a) => [a.email_key, a.id]));
  const account = (email: string): string | null => {
    const id = byEmail.get(email.trim().toLowerCase());
    return id ? `account:${id}` : null;
  };
  const rows: { id: string; actor: string; action: string; target: string | null }[] = await db
    .selectFrom('audit_log')
    .select(['id', 'actor', 'action', 'target'])
    .execute();
  for (const row of rows) {
    const actor = row.actor.includes('@') ? (account(row.actor) ?? 'anonymous') : row.actor;
    let target = row.target;
    if (target !== null && (row.action === 'view-registrations' || row.action === 'export')) {
      const params = new URLSearchParams(target.replace(/^\?/, ''));
      if (params.has('q')) params.set('q', '*');
      for (const [key, value] of [...params]) if (value.includes('@')) params.set(key, '*');
      target = params.size > 0 ? `?${params.toString()}` : null;
    } else if (target?.includes('@')) {
      target = account(target);
    }
    if (actor !== row.actor || target !== row.target) {
      await db.updateTable('audit_log').set({ actor, target }).where('id', '=', row.id).execute();
    }
  }
}

export async function down(): Promise<void> {
  // What was removed is not brought back.
}
