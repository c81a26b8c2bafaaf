/** The fixed choices of the form, by stable id; their labels live in the messages module. */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;
/** EEA members outside the EU. */
export const EEA_COUNTRIES = ['IS', 'LI', 'NO'] as const;
export const OTHER_COUNTRY = 'other';
export const COUNTRIES = [...EU_COUNTRIES, ...EEA_COUNTRIES, OTHER_COUNTRY] as const;
export type Country = (typeof COUNTRIES)[number];

/** Exactly the list of S-FORM-2, in its order. */
export const ORGANISATION_TYPES = [
  'member-state-authority',
  'national-initiative',
  'european-ppp',
  'european-association',
  'digital-innovation-hub',
  'sme',
  'large-company',
  'research-academia',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
