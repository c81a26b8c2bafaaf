import { expect, test } from 'vitest';
import { describeActor, describeAuditAction, describeClient, describeFilters } from '@/lib/admin/audit-words';

const labels = {
  group: (id: string) => ({ wg1: 'Working Group 1: Example' })[id] ?? id,
  country: (id: string) => ({ BE: 'Belgium' })[id] ?? id,
  type: (id: string) => ({ sme: 'SME' })[id] ?? id,
};

test('a list view is described with its filters in words, and never repeats the search text', () => {
  expect(describeAuditAction(entry('view-registrations', null), labels)).toBe('Viewed the registrations');
  const sentence = describeAuditAction(entry('view-registrations', '?q=Jan+Nov%C3%A1k&group=wg1&country=BE&status=confirmed'), labels);
  expect(sentence).toBe('Viewed the registrations: Working Group 1: Example, Belgium, confirmed only, with a search');
  expect(sentence).not.toMatch(/Nov|q=|\?/);
  // The form the audit log stores once search texts are masked reads the same way.
  expect(describeFilters('?q=*&type=sme', labels)).toBe('SME, with a search');
  expect(describeFilters('?group=*', labels)).toBe('another value');
  expect(describeFilters('', labels)).toBeNull();
});

const entry = (action: string, target: string | null, targetEmail: string | null = null) => ({ action, target, targetEmail });

test('exports, erasures, retention and sign-ins read as sentences', () => {
  expect(describeAuditAction(entry('export', '?group=wg1'), labels)).toBe(
    'Exported the registrations as a spreadsheet (CSV): Working Group 1: Example',
  );
  expect(describeAuditAction(entry('erase', 'ABCD2345'), labels)).toBe('Erased registration ABCD2345');
  expect(describeAuditAction(entry('view-registration', 'ABCD2345'), labels)).toBe('Viewed registration ABCD2345');
  expect(describeAuditAction(entry('retention', 'ABCD2345'), labels)).toBe('Erased registration ABCD2345 at the end of its retention period');
  expect(describeAuditAction(entry('withdrawn', 'ABCD2345'), labels)).toBe('Withdrew registration ABCD2345, which erased it');
  expect(describeAuditAction(entry('account-created', 'account:x', 'new@example.test'), labels)).toBe('Created the secretariat account new@example.test');
  expect(describeAuditAction(entry('password-changed', 'account:x'), labels)).toBe('Changed the password of an account since removed');
  expect(describeAuditAction(entry('sign-in-failed', null), labels)).toBe('Tried to sign in with a wrong email address or password');
  expect(describeAuditAction(entry('something-new', null), labels)).toBe('something-new');
});

test('the client address is said in words when no trusted proxy reports it', () => {
  expect(describeClient('direct')).toBe('Not known (no trusted proxy reports client addresses)');
  expect(describeClient('ip:203.0.113.9')).toBe('203.0.113.9');
  expect(describeClient(null)).toBe('Not recorded');
});

test('who acted reads as an address or a role, never as an internal id', () => {
  expect(describeActor({ actor: 'account:1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', actorEmail: 'member@example.test' })).toBe('member@example.test');
  expect(describeActor({ actor: 'account:1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', actorEmail: null })).toBe('An account since removed');
  expect(describeActor({ actor: 'system', actorEmail: null })).toBe('The site (scheduled)');
  expect(describeActor({ actor: 'registrant', actorEmail: null })).toBe('The registrant, by their link');
});
