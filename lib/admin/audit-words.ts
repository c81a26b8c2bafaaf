import { DIRECT_CLIENT_KEY } from '@/lib/registration/client-address';
import { parseFilters } from './filters';
import type { RegistrationLabels } from './labels';
import { adminWords } from './words';

type Labels = Pick<RegistrationLabels, 'group' | 'country' | 'type'>;

const ACTORS = ['system', 'cli', 'registrant', 'anonymous'] as const;
const SIMPLE_ACTIONS = ['sign-in', 'sign-in-failed', 'sign-in-locked', 'sign-out', 'view-mail', 'view-audit', 'view-meetings'] as const;

function isKey<K extends string>(keys: readonly K[], value: string): value is K {
  return (keys as readonly string[]).includes(value);
}

/** What the audit log stores of an entry (lib/db/audit-log.ts AuditEntry), as far as its words need. */
type Entry = { actor: string; actorEmail: string | null; action: string; target: string | null; targetEmail: string | null };

/**
 * The registrations filters recorded with a list view or an export (`?group=wg1&q=*`), in words:
 * "Working Group 1, Belgium, with a search". Search text is never repeated, whatever the row holds; a
 * value recorded as `*` (not a known id) reads as "another value". Null when no filter was applied.
 */
export function describeFilters(query: string | null, labels: Labels): string | null {
  if (!query) return null;
  const filters = parseFilters(new URLSearchParams(query.startsWith('?') ? query.slice(1) : query));
  const known = (value: string, label: (v: string) => string) => (value === '*' ? adminWords('audit.filters.other') : label(value));
  const parts = [
    filters.group ? known(filters.group, labels.group) : null,
    filters.country ? known(filters.country, labels.country) : null,
    filters.type ? known(filters.type, labels.type) : null,
    filters.status ? adminWords(`audit.filters.status.${filters.status}`) : null,
    filters.q ? adminWords('audit.filters.search') : null,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : null;
}

/** Who acted, in words: an account's current address, the site, the command line, the registrant... */
export function describeActor(entry: Pick<Entry, 'actor' | 'actorEmail'>): string {
  if (entry.actorEmail) return entry.actorEmail;
  if (isKey(ACTORS, entry.actor)) return adminWords(`audit.actors.${entry.actor}`);
  return entry.actor.startsWith('account:') ? adminWords('audit.removedAccount') : entry.actor;
}

/**
 * One audit entry's action as a sentence for the audit log page ("Viewed the registrations: Working
 * Group 1, with a search"), from its action id and target. An action this version does not know is
 * shown by its id rather than hidden.
 */
export function describeAuditAction(entry: Pick<Entry, 'action' | 'target' | 'targetEmail'>, labels: Labels): string {
  const reference = entry.target ?? '';
  const account = entry.targetEmail;
  switch (entry.action) {
    case 'view-registrations': {
      const filters = describeFilters(entry.target, labels);
      return filters ? adminWords('audit.sentences.viewRegistrationsFiltered', { filters }) : adminWords('audit.sentences.viewRegistrations');
    }
    case 'export': {
      const filters = describeFilters(entry.target, labels);
      return filters ? adminWords('audit.sentences.exportFiltered', { filters }) : adminWords('audit.sentences.export');
    }
    case 'view-registration':
      return adminWords('audit.sentences.viewRegistration', { reference });
    case 'erase':
      return adminWords('audit.sentences.erase', { reference });
    case 'retention':
      return adminWords('audit.sentences.retention', { reference });
    case 'withdrawn':
      return adminWords('audit.sentences.withdrawn', { reference });
    case 'account-created':
      return account ? adminWords('audit.sentences.accountCreated', { account }) : adminWords('audit.sentences.accountCreatedRemoved');
    case 'password-changed':
      return account ? adminWords('audit.sentences.passwordChanged', { account }) : adminWords('audit.sentences.passwordChangedRemoved');
    case 'account-removed':
      return adminWords('audit.sentences.accountRemoved');
    case 'invitations-sent':
    case 'invitation-test':
    case 'change-notice-sent':
    case 'outcomes-notice-sent':
    case 'attendance-export':
    case 'waiting-list-promoted':
      return adminWords(`audit.sentences.meeting.${entry.action}`, { meeting: reference.replace(/^meeting:/, '') });
    default:
      return isKey(SIMPLE_ACTIONS, entry.action) ? adminWords(`audit.sentences.simple.${entry.action}`) : entry.action;
  }
}

/**
 * Where an action came from, in words: the client address a trusted proxy reported, or that it is not
 * known (no trusted proxy is configured, so every request looks alike), or nothing recorded.
 */
export function describeClient(clientKey: string | null): string {
  if (!clientKey) return adminWords('audit.client.none');
  if (clientKey === DIRECT_CLIENT_KEY) return adminWords('audit.client.unknown');
  return clientKey.startsWith('ip:') ? clientKey.slice(3) : clientKey;
}
