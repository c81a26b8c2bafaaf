/**
 * `npm run admin:user -- --email someone@example.eu [--password '...']`: creates a secretariat account,
 * or sets a new password on an existing one (which signs it out everywhere). Without --password the
 * password is read from standard input (first line), so it stays out of the shell history and `ps`.
 * `npm run admin:user -- --remove --email someone@example.eu` deletes the account and its sessions.
 */
import { parseArgs } from 'node:util';
import { removeAccount, setAccount } from '@/lib/admin/accounts';
import { createDb, migrateToLatest } from '@/lib/db/client';
import { getEnv } from '@/lib/env';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (input is shown; prefer piping it in): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' }, remove: { type: 'boolean', default: false } } });
  if (!values.email) {
    console.error('Usage: npm run admin:user -- --email someone@example.eu [--password ...] (or the password on stdin)');
    console.error('       npm run admin:user -- --remove --email someone@example.eu');
    return 2;
  }
  const db = createDb(getEnv().DATABASE_URL);
  try {
    await migrateToLatest(db);
    if (values.remove) {
      const { removed, onlyFromEnvironment } = await removeAccount(db, values.email, new Date(), getEnv());
      if (!removed) {
        console.error(`There is no account ${values.email}.`);
        return 1;
      }
      console.log(`Removed the account ${values.email}; its sessions are signed out.`);
      if (onlyFromEnvironment) console.log('ADMIN_EMAIL names this account: unset ADMIN_EMAIL and ADMIN_PASSWORD, or it is created again at the next start-up.');
      return 0;
    }
    const password = values.password ?? (await readStdin());
    const outcome = await setAccount(db, { email: values.email, password }, new Date());
    console.log(outcome === 'created' ? `Created the account ${values.email}.` : `Set a new password for ${values.email}; its sessions were signed out.`);
    return 0;
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    if (issues) for (const i of issues) console.error(`${String(i.path[0])}: ${i.message}`);
    else console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await db.destroy();
  }
}

main().then((code) => process.exit(code));
