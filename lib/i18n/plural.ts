/**
 * Picks a message's plural form by the Unicode CLDR plural rules of `locale` (Intl.PluralRules), the
 * rules ICU messages use, so that "1 registration matches" and "3 registrations match" each read right
 * and another language can supply its own categories (few, many...). `#` in a form is replaced by the
 * number, formatted for the locale ("1,234").
 *
 * @param locale - a BCP 47 tag such as "en-GB"
 * @param n - the count; a non-negative whole number
 * @param forms - the `other` form always, and any category the language distinguishes
 */
export function plural(locale: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const category = new Intl.PluralRules(locale).select(n);
  const form = forms[category] ?? forms.other;
  return form.replace(/#/g, n.toLocaleString(locale));
}
