/**
 * ISO 3166-1 alpha-2 code of a country named in content ("Belgium", "Belgique", or already "BE"), from the
 * region names that Intl (ICU/CLDR) knows in the content's language; null when the name is none of them.
 */
const byLanguage = new Map<string, Map<string, string>>();

function names(language: string): Map<string, string> {
  let byName = byLanguage.get(language);
  if (byName) return byName;
  const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  byName = new Map();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name) byName.set(name.toLocaleLowerCase(language), code);
    }
  }
  byLanguage.set(language, byName);
  return byName;
}

/**
 * @param country - as the content writes it
 * @param language - the language the content is in (a translated venue names its country in it); default 'en'
 */
export function countryCode(country: string, language = 'en'): string | null {
  const text = country.trim();
  if (/^[A-Z]{2}$/.test(text) && new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(text)) return text;
  return names(language).get(text.toLocaleLowerCase(language)) ?? null;
}
