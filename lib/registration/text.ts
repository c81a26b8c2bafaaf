/**
 * Text rules shared by every field. Input is normalised (Unicode NFC, trimmed, CRLF to LF) but never
 * silently changed otherwise: characters that would hide or reorder text are refused with a message.
 */

/** C0 and C1 controls, DEL, bidirectional embeddings/overrides/isolates, line and paragraph separators, BOM. */
const FORBIDDEN_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/u;
/** The same, except the line feed that separates paragraphs in a multi-line answer. */
const FORBIDDEN_MULTI_LINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/u;

/** A UTF-16 half without its partner: not a character, and PostgreSQL refuses to store it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function normaliseText(value: string, options: { multiline?: boolean } = {}): string {
  const unified = options.multiline ? value.replace(/\r\n?/g, '\n') : value;
  return unified.normalize('NFC').trim();
}

/** True when the text holds a character the field refuses, or a lone UTF-16 surrogate (not storable). */
export function hasForbiddenCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  if (LONE_SURROGATE.test(value)) return true;
  return (options.multiline ? FORBIDDEN_MULTI_LINE : FORBIDDEN_SINGLE_LINE).test(value);
}

/** Length as people count it: code points, not UTF-16 units (an emoji is one character). */
export function characterCount(value: string): number {
  return Array.from(value).length;
}
