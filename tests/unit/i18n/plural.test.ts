import { expect, test } from 'vitest';
import { plural } from '@/lib/i18n/plural';

test('plural picks the CLDR category of the count and writes the number for the locale', () => {
  const forms = { one: '# registration matches', other: '# registrations match' };
  expect(plural('en-GB', 1, forms)).toBe('1 registration matches');
  expect(plural('en-GB', 0, forms)).toBe('0 registrations match');
  expect(plural('en-GB', 1234, forms)).toBe('1,234 registrations match');
});

test('a language with more categories gets each of them, and a missing one falls back to other', () => {
  const forms = { one: '# spotkanie', few: '# spotkania', many: '# spotkań', other: '# spotkania' };
  expect([1, 2, 5, 22].map((n) => plural('pl', n, forms))).toEqual(['1 spotkanie', '2 spotkania', '5 spotkań', '22 spotkania']);
  expect(plural('pl', 5, { other: '# x' })).toBe('5 x');
});
