import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { readReceipt, receiptQuery } from '@/lib/registration/receipt';

const key = randomBytes(32);
const now = new Date('2026-11-28T10:20:00Z');
const HOUR = 3_600_000;
const receipt = { reference: 'ABCD2345', groups: ['wg1', 'wg3'], meeting: '2030-10-27-example-group-2-autumn-meeting' };
const params = (query: string) => Object.fromEntries(new URLSearchParams(query));

test('a receipt the site signed reads back, for at least an hour and at most two', () => {
  const query = receiptQuery(receipt, key, now);
  expect(query).toMatch(/^ref=ABCD2345&groups=wg1%2Cwg3&meeting=2030-10-27-example-group-2-autumn-meeting&sig=[\w-]{22}$/);
  expect(readReceipt(params(query), key, now)).toEqual(receipt);
  expect(readReceipt(params(query), key, new Date(now.getTime() + HOUR))).toEqual(receipt);
  expect(readReceipt(params(query), key, new Date(now.getTime() + 2 * HOUR))).toBeNull();
});

test('a reference typed into the address bar, or any value changed, shows nothing', () => {
  const query = params(receiptQuery(receipt, key, now));
  expect(readReceipt({ ref: 'ZZZZZZZZ' }, key, now)).toBeNull();
  expect(readReceipt({ ...query, ref: 'ABCD2346' }, key, now)).toBeNull();
  expect(readReceipt({ ...query, groups: 'wg1' }, key, now)).toBeNull();
  expect(readReceipt({ ...query, meeting: undefined }, key, now)).toBeNull();
  expect(readReceipt({ ...query, sig: 'A'.repeat(22) }, key, now)).toBeNull();
  expect(readReceipt({ ...query, sig: 'é'.repeat(22) }, key, now)).toBeNull();
  expect(readReceipt(query, randomBytes(32), now)).toBeNull();
});

test('ill-formed choices are left out of a receipt rather than echoed', () => {
  const query = receiptQuery({ reference: 'ABCD2345', groups: ['wg1', '<script>'], meeting: 'Not a slug!' }, key, now);
  expect(query).not.toContain('script');
  expect(readReceipt(params(query), key, now)).toEqual({ reference: 'ABCD2345', groups: ['wg1'], meeting: null });
});
