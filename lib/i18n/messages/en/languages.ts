/**
 * English names of the European Union's 24 official languages, keyed by ISO 639-1 code. Documents name
 * their languages by code; pages show these names.
 */
export const languages = {
  bg: 'Bulgarian',
  cs: 'Czech',
  da: 'Danish',
  de: 'German',
  el: 'Greek',
  en: 'English',
  es: 'Spanish',
  et: 'Estonian',
  fi: 'Finnish',
  fr: 'French',
  ga: 'Irish',
  hr: 'Croatian',
  hu: 'Hungarian',
  it: 'Italian',
  lt: 'Lithuanian',
  lv: 'Latvian',
  mt: 'Maltese',
  nl: 'Dutch',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  sk: 'Slovak',
  sl: 'Slovenian',
  sv: 'Swedish',
} as const satisfies Record<string, string>;
