/**
 * RFC 5545 content lines: TEXT escaping (3.3.11) and folding at 75 octets (3.1).
 * Pure functions so that every byte the calendar routes send is unit-tested.
 */

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Control characters are not allowed in TEXT (except HTAB), so they are dropped rather than sent. */
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and every line break (CRLF, CR or LF → \n). */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A URI value carries no escaping, but must not contain characters that would break the line. */
export function cleanUri(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds one unfolded content line into physical lines of at most 75 octets each (the leading
 * space of a continuation counts), breaking only between code points so a UTF-8 sequence is
 * never split.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      limit = MAX_OCTETS - 1; // continuation lines start with a space
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export type ParamValue = string | undefined;

/** Builds and folds `NAME;PARAM=value:VALUE`. The caller escapes the value for its type. */
export function contentLine(name: string, value: string, params: Record<string, ParamValue> = {}): string {
  const paramText = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, v]) => `;${key}=${quoteParam(v)}`)
    .join('');
  return foldLine(`${name}${paramText}:${value}`);
}

/** Parameter values with `:`, `;` or `,` must be quoted; DQUOTE itself is not allowed. */
function quoteParam(value: string): string {
  const clean = cleanUri(value).replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
