import { common } from './common';
import { dates } from './dates';
import { form } from './form';
import { languages } from './languages';
import { pages } from './pages';

/**
 * Every interface string of the English site. Each feature keeps its strings in its own file here
 * (common, form, admin, ...) and this module joins them; a new language is a sibling folder with the
 * same shape, checked by the `Messages` type.
 */
export const en = {
  common,
  dates,
  languages,
  pages,
  form,
};
