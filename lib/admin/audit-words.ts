import { getMessages } from '@/lib/i18n';
import { DIRECT_CLIENT_KEY } from '@/lib/registration/client-address';
import { parseFilters } from './filters';
import type { RegistrationLabels } from './labels';

type Labels = Pick<RegistrationLabels, 'group' | 'country' | 'type'>;

/** What the audit log stores of an entry (lib/db/audit-log.ts AuditEntry), as far as its words need. */
type Entry = { actor: string; actorEmail: string | null; action: string; target: string | null; targetEmail: string | null };

/**
 * The registrations filters recorded with a list view or an export (`?group=wg1&q=*`), in words:
 * "Working Group 1, Belgium, with a search". Search text is never repeated, whatever the row holds; a
 * value recorded as `*` (not a known id) reads as "another value". Null when no filter was applied.
 */
export function describeFilters(query: string | null, labels: Labels): string | null {
  if (!query) return null;
  const t = getMessages().admin.audit.filters;
  const filters = parseFilters(new URLSearchParams(query.startsWith('?') ? query.slice(1) : query));
  const known = (value: string, label: (v: string) => string) => (value === '*' ? t.other : label(value));
  const parts = [
    filters.group ? known(filters.group, labels.group) : null,
    filters.country ? known(filters.country, labels.country) : null,
    filters.type ? known(filters.type, labels.type) : null,
    filters.status ? t.status[filters.status] : null,
    filters.q ? t.search : null,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : null;
}

/** Who acted, in words: an account's current address, the site, the command line, the registrant... */
export function describeActor(entry: Pick<Entry, 'actor' | 'actorEmail'>): string {
  const t = getMessages().admin.audit;
  if (entry.actorEmail) return entry.actorEmail;
  const actors: Record<string, string> = t.actors;
  if (actors[entry.actor]) return actors[entry.actor]!;
  return entry.actor.startsWith('account:') ? t.removedAccount : entry.actor;
}

/**
 * One audit entry's action as a sentence for the audit log page ("Viewed the registrations: Working
 * Group 1, with a search"), from its action id and target. An action this version does not know is
 * shown by its id rather than hidden.
 */
export function describeAuditAction(entry: Pick<Entry, 'action' | 'target' | 'targetEmail'>, labels: Labels): string {
  const t = getMessages().admin.audit;
  const s = t.sentences;
  const target = entry.target ?? '';
  switch (entry.action) {
    case 'view-registrations': {
      const filters = describeFilters(entry.target, labels);
      return filters ? s.viewRegistrationsFiltered(filters) : s.viewRegistrations;
    }
    case 'export': {
      const filters = describeFilters(entry.target, labels);
      return filters ? s.exportFiltered(filters) : s.export;
    }
    case 'view-registration':
      return s.viewRegistration(target);
    case 'erase':
      return s.erase(target);
    case 'retention':
      return s.retention(target);
    case 'withdrawn':
      return s.withdrawn(target);
    case 'account-created':
      return s.accountCreated(entry.targetEmail);
    case 'password-changed':
      return s.passwordChanged(entry.targetEmail);
    default: {
      const simple: Record<string, string> = s.simple;
      return simple[entry.action] ?? entry.action;
    }
  }
}

/**
 * Where an action came from, in words: the client address a trusted proxy reported, or that it is not
 * known (no trusted proxy is configured, so every request looks alike), or nothing recorded.
 */
export function describeClient(clientKey: string | null): string {
  const t = getMessages().admin.audit.client;
  if (!clientKey) return t.none;
  if (clientKey === DIRECT_CLIENT_KEY) return t.unknown;
  return clientKey.startsWith('ip:') ? clientKey.slice(3) : clientKey;
}
