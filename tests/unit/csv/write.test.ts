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
  expect(csv).toBe('\uFEFF"a","b"\r\n"1","2"\r\n');
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
  for (const v of ['Anna', '12', 'a=b', 'x-y', 'mail@example.eu', '', 'O\'Brien']) expect(neutraliseCell(v)).toBe(v);
});

/** Reads a CSV file as a spreadsheet program does (SheetJS), splitting on `separator`; returns the formula cells. */
async function formulasWhenSplitOn(csv: string, separator: string): Promise<string[]> {
  const XLSX = await import('xlsx');
  const book = XLSX.read(csv, { type: 'string', FS: separator } as Parameters<typeof XLSX.read>[1]);
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  return Object.entries(sheet)
    .filter(([ref, cell]) => !ref.startsWith('!') && (cell as { f?: string }).f !== undefined)
    .map(([ref, cell]) => `${ref}: =${(cell as { f: string }).f}`);
}

const SEPARATORS = [',', ';', '\t', '|', ':'];

test('a name with a list separator in it runs no formula in a spreadsheet that splits on that separator', async () => {
  const csv = toCsv(['name', 'email'], [['Anna;=1+2;', 'a@example.eu'], ['Bob\t=3+4', 'b|=5+6'], ['x:@SUM(A1)', 'y,+7']]);
  for (const separator of SEPARATORS) expect(await formulasWhenSplitOn(csv, separator), JSON.stringify(separator)).toEqual([]);
});

test('no text, whatever it holds, becomes a formula whatever separator the spreadsheet splits on', async () => {
  const formulaish = fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', '|', ':', '"', ' ', '\r\n', '=1+2', '＝', 'A1', 'SUM(');
  const cell = fc.array(fc.oneof(formulaish, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join(''));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }), async (rows) => {
      const csv = toCsv(['a', 'b'], rows);
      for (const separator of SEPARATORS) expect(await formulasWhenSplitOn(csv, separator)).toEqual([]);
    }),
    { numRuns: 300 },
  );
});
