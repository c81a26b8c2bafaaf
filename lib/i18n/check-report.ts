/**
 * What each part of `npm run i18n:check` returns (scripts/i18n-check.ts runs them in turn): the content
 * translations (lib/content/translation-report.ts) and the message catalogues. The command fails when any
 * part has a problem.
 */
export type I18nCheckResult = {
  /** Short name printed before the part's lines: `content`, `catalogues` */
  name: string;
  /** One line on what was checked, printed whatever the result: `9 translations in 2 languages (de 4, fr 5)` */
  summary: string;
  /** One line per problem, `file: field: what was expected` (S-CONTENT-7's form); empty when all is well */
  problems: string[];
};
