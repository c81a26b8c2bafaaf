/**
 * Serialises structured data for a <script type="application/ld+json">. JSON.stringify alone lets
 * "</script>" or "<!--" in content end the script early, so every <, > and & is written as a \u escape
 * (still the same JSON), and U+2028/U+2029 too for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
