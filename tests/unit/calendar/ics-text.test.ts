import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { contentLine, escapeText, foldLine } from '@/lib/calendar/ics-text';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const unfold = (folded: string) => folded.replace(/\r\n /g, '');

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  test('drops control characters that TEXT does not allow but keeps tabs and accents', () => {
    expect(escapeText('Liège\u0000\u0007\tMünchen')).toBe('Liège\tMünchen');
  });
});

describe('foldLine', () => {
  test('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  test('never splits a multi-byte character across lines', () => {
    // 74 ASCII octets then a 2-octet é: the é cannot fit in the first line's 75th octet with its partner.
    const folded = foldLine(`${'a'.repeat(74)}é${'b'.repeat(10)}`);
    const [first, second] = folded.split('\r\n');
    expect(first).toBe('a'.repeat(74));
    expect(second).toBe(` é${'b'.repeat(10)}`);
  });

  test('every physical line is at most 75 octets, valid UTF-8 on its own, and unfolding restores the line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const line = contentLine('DESCRIPTION', escapeText(text));
        for (const physical of line.split('\r\n')) {
          const bytes = encoder.encode(physical);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(() => strictDecoder.decode(bytes)).not.toThrow();
        }
        expect(unfold(line)).toBe(`DESCRIPTION:${escapeText(text)}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('contentLine', () => {
  test('quotes parameter values that contain separators', () => {
    expect(contentLine('X-TEST', 'v', { ALTREP: 'http://a/b;c', TZID: 'Europe/Brussels' })).toBe(
      'X-TEST;ALTREP="http://a/b;c";TZID=Europe/Brussels:v',
    );
  });
});
