import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { CSV_BOM, neutraliseCell, toCsv } from '@/lib/csv/write';

function parseBack(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

test('a file starts with the UTF-8 byte order mark and ends every line with CRLF', () => {
  const csv = toCsv(['a', 'b'], [['1', '2']]);
  expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n');
  expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});

test('cells a spreadsheet would run as formulas come back prefixed with a single quote', () => {
  const hostile = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tTAB', '\rCR', '=HYPERLINK("http://x","y")'];
  const rows = parseBack(toCsv(['value'], hostile.map((v) => [v])));
  expect(rows.slice(1).map((r) => r[0])).toEqual(hostile.map((v) => `'${v}`));
});

test('commas, quotes, line breaks and accents survive a round trip through csv-parse', () => {
  const row = ['Müller, "Anna"', 'line one\r\nline two', 'Ελληνικά', 'plain', ''];
  expect(parseBack(toCsv(['a', 'b', 'c', 'd', 'e'], [row]))[1]).toEqual(row);
});

test('any text round-trips: what is parsed equals the neutralised stored value', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
      const parsed = parseBack(toCsv(['x', 'y', 'z'], rows));
      expect(parsed.slice(1)).toEqual(rows.map((r) => r.map(neutraliseCell)));
    }),
  );
});

test('ordinary values are not altered', () => {
  for (const v of ['Anna', '12', 'a=b', 'x-y', 'mail@example.eu', '']) expect(neutraliseCell(v)).toBe(v);
});
