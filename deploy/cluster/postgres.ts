import { execFileSync } from 'node:child_process';

/**
 * The local PostgreSQL 15 cluster from Debian's packages. Started when down (and remembered, so
 * that whoever started it can stop it again); databases are created through the postgres superuser.
 */
function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The first cluster pg_lsclusters lists (Debian 12: 15 main), with its status. */
function firstCluster(): { version: string; name: string; online: boolean } {
  const line = run('pg_lsclusters', ['--no-header']).split('\n').find((l) => l.trim());
  if (!line) throw new Error('No PostgreSQL cluster: install PostgreSQL (Debian: apt-get install postgresql)');
  const [version, name, , status] = line.trim().split(/\s+/);
  return { version: version!, name: name!, online: status === 'online' };
}

export function isPostgresRunning(): boolean {
  return firstCluster().online;
}

/** Starts PostgreSQL if it is stopped; returns true when this call started it. */
export function ensurePostgres(): boolean {
  const c = firstCluster();
  if (c.online) return false;
  run('pg_ctlcluster', [c.version, c.name, 'start']);
  return true;
}

export function stopPostgres(): void {
  const c = firstCluster();
  run('pg_ctlcluster', [c.version, c.name, 'stop']);
}

function psqlAsSuperuser(sql: string, port: string): string {
  const asRoot = process.getuid?.() === 0;
  const args = ['-X', '-q', '-t', '-A', '-p', port || '5432', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql];
  return asRoot ? run('runuser', ['-u', 'postgres', '--', 'psql', ...args]) : run('psql', ['-U', 'postgres', ...args]);
}

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`unsafe SQL identifier: ${s}`);
  return s;
};

/** Creates the role (login, password) and the database it owns when they do not exist yet. */
export function ensureDatabase(url: string): void {
  const u = new URL(url);
  const user = ident(decodeURIComponent(u.username));
  const password = decodeURIComponent(u.password).replace(/'/g, "''");
  const db = ident(u.pathname.replace(/^\//, ''));
  const hasRole = psqlAsSuperuser(`SELECT 1 FROM pg_roles WHERE rolname = '${user}'`, u.port).trim() === '1';
  if (!hasRole) psqlAsSuperuser(`CREATE ROLE ${user} LOGIN PASSWORD '${password}'`, u.port);
  const hasDb = psqlAsSuperuser(`SELECT 1 FROM pg_database WHERE datname = '${db}'`, u.port).trim() === '1';
  if (!hasDb) psqlAsSuperuser(`CREATE DATABASE ${db} OWNER ${user}`, u.port);
}

/** Drops and recreates a database, for a run that must start empty (tests, benchmarks). */
export function recreateDatabase(url: string): void {
  const u = new URL(url);
  const db = ident(u.pathname.replace(/^\//, ''));
  ensureDatabase(url);
  psqlAsSuperuser(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`, u.port);
  ensureDatabase(url);
}

/** The same server and role as `url`, another database name. */
export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${ident(db)}`;
  return u.toString();
}
