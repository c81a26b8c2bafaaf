/**
 * ISO 3166-1 alpha-2 code of a country named in content ("Belgium", or already "BE"), from the English
 * region names that Intl (ICU/CLDR) knows; null when the name is none of them.
 */
let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  byName = new Map();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name) byName.set(name.toLowerCase(), code);
    }
  }
  return byName;
}

export function countryCode(country: string): string | null {
  const text = country.trim();
  if (/^[A-Z]{2}$/.test(text) && new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(text)) return text;
  return names().get(text.toLowerCase()) ?? null;
}
