import { expect, test } from 'vitest';
import { buildBreadcrumbs } from '@/components/layout/breadcrumb-trail';

const home = { label: 'Home', href: '/' };

test('a top-level page has home as a link and itself as the current, unlinked crumb', () => {
  expect(buildBreadcrumbs(home, [], 'Meetings')).toEqual([
    { label: 'Home', href: '/', current: false },
    { label: 'Meetings', href: null, current: true },
  ]);
});

test('a nested page links every ancestor in order and only its own crumb is current', () => {
  const crumbs = buildBreadcrumbs(home, [{ label: 'Working groups', href: '/working-groups' }], 'Working Group 3');
  expect(crumbs.map((c) => c.href)).toEqual(['/', '/working-groups', null]);
  expect(crumbs.filter((c) => c.current).map((c) => c.label)).toEqual(['Working Group 3']);
});
