import { admin } from './admin';
import { common } from './common';
import { dates } from './dates';
import { errors } from './errors';
import { feeds } from './feeds';
import { follow } from './follow';
import { form } from './form';
import { languages } from './languages';
import { mail } from './mail';
import { pages } from './pages';
import { registrant } from './registrant';
import { search } from './search';

/**
 * Every interface string of the English site. Each feature keeps its strings in its own file here
 * (common, form, admin, ...) and this module joins them; a new language is a sibling folder with the
 * same shape, checked by the `Messages` type.
 */
export const en = {
  common,
  errors,
  dates,
  languages,
  pages,
  form,
  feeds,
  follow,
  search,
  admin,
  mail,
  registrant,
};
