import 'server-only';
import type { Option } from '@/components/form/registration-form';
import { getMeetings, getWorkingGroups } from '@/lib/content';
import { intlLocale } from '@/lib/i18n/intl-locale';
import { LANGUAGE_LIST_ORDER } from '@/lib/i18n/language-list';
import type { Locale } from '@/lib/i18n/locales';
import { autonym, countryName } from '@/lib/i18n/names';
import { getTranslator } from '@/lib/i18n/translator';
import { getFormChoices } from './choices';
import { EEA_COUNTRIES, EU_COUNTRIES, OTHER_COUNTRY } from './options';

export type FormOptions = {
  groups: Option[];
  meetings: Option[];
  countries: { eu: Option[]; eea: Option[]; other: Option };
  /** The 24 languages, each named in itself, in the EU's order: the manage page's choice of mail language. */
  languages: Option[];
};

/**
 * The form's choices labelled in the page's language: groups ("Working Group 1: …") and open meetings by
 * their titles in that language where translated (else in English, marked `lang`), countries as Intl names
 * them in that language, sorted by its alphabet (Intl.Collator). The ids offered are exactly those the
 * schema accepts (lib/registration/choices.ts).
 *
 * @param keepMeeting - a meeting to offer although it is no longer open (the one a registration already names)
 */
export async function getFormOptions(locale: Locale, now: Date, keepMeeting?: string | null): Promise<FormOptions> {
  const [choices, groups, meetings, words, form] = await Promise.all([
    getFormChoices(now),
    getWorkingGroups(locale),
    getMeetings(locale),
    getTranslator(locale, 'pages.workingGroups'),
    getTranslator(locale, 'form'),
  ]);
  const lang = (item: { locale: Locale }) => (item.locale === locale ? undefined : item.locale);
  const open = new Set(choices.meetings.map((m) => m.slug));
  if (keepMeeting) open.add(keepMeeting);
  const collator = new Intl.Collator(intlLocale(locale));
  const country = (code: string): Option => ({ value: code, label: countryName(code, locale) });
  const byName = (a: Option, b: Option) => collator.compare(a.label, b.label);
  return {
    groups: groups
      .filter((g) => choices.groups.some((c) => c.id === g.id))
      // Not marked with a language: the label joins the interface's "Working Group 1" to the group's title.
      .map((g) => ({ value: g.id, label: words('groupTitle', { number: g.number, title: g.title }) })),
    meetings: meetings.filter((m) => open.has(m.slug)).map((m) => ({ value: m.slug, label: m.title, lang: lang(m) })),
    countries: {
      eu: EU_COUNTRIES.map(country).sort(byName),
      eea: EEA_COUNTRIES.map(country).sort(byName),
      other: { value: OTHER_COUNTRY, label: form('otherCountry') },
    },
    languages: LANGUAGE_LIST_ORDER.map((code) => ({ value: code, label: autonym(code), lang: code })),
  };
}
