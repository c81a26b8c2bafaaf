import { expect, test } from 'vitest';
import { navCurrent, PRIMARY_NAV } from '@/components/layout/primary-nav';

const marked = (path: string | undefined) =>
  PRIMARY_NAV.map((item) => [item.key, navCurrent(item.href, path)] as const).filter(([, current]) => current);

test('each page of a section marks that one navigation item: the page itself, or the section below it', () => {
  expect(marked('/')).toEqual([['home', 'page']]);
  expect(marked('/meetings')).toEqual([['meetings', 'page']]);
  expect(marked('/meetings/2018-06-working-group-3-meeting')).toEqual([['meetings', 'true']]);
  expect(marked('/meetings/organiser/wg1')).toEqual([['meetings', 'true']]);
  expect(marked('/working-groups/wg3')).toEqual([['workingGroups', 'true']]);
  expect(marked('/participate')).toEqual([['participate', 'page']]);
  expect(marked('/participate/confirmation')).toEqual([['participate', 'true']]);
});

test('pages outside the sections mark none, and a look-alike path is not a section', () => {
  expect(marked('/privacy')).toEqual([]);
  expect(marked('/search')).toEqual([]);
  expect(marked('/meetings-archive')).toEqual([]);
  expect(marked(undefined)).toEqual([]);
});
