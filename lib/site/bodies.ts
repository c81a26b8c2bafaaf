import type { Body } from '@/lib/content/types';
import type { Translate } from '@/lib/i18n/translator';

/**
 * How the interface names an organising body, in the page's language: a group is "Working Group 1: Digital
 * Innovation Hubs, investments and skills" (`name`) or "Working Group 1" (`shortName`), the seed's way; the
 * Platform by its title and short title. The group's title is content (it may be English on a page in
 * another language: `body.locale` says); the words "Working Group" are the interface's.
 */
export function bodyNames(body: Body, t: Translate<'pages.workingGroups'>): { name: string; shortName: string } {
  if (body.number === null) return { name: body.title, shortName: body.shortTitle ?? body.title };
  return {
    name: t('groupTitle', { number: body.number, title: body.title }),
    shortName: t('groupName', { number: body.number }),
  };
}
