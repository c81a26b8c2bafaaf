import type { LinkProblem } from '@/lib/registrant/links';
import type { Translate } from '@/lib/i18n/translator';
import type { WayForward } from './registrant-message';

export type Problem = LinkProblem | 'failed';

/**
 * The sentence (in the page's language: `t` is its `registrant.outcome` messages) and the way forward for a
 * link that cannot act: a new manage link, or registering again.
 */
export function problemMessage(problem: Problem, t: Translate<'registrant.outcome'>): { message: string; next: WayForward } {
  if (problem === 'gone') return { message: t('gone'), next: 'register' };
  if (problem === 'failed') return { message: t('failed'), next: 'none' };
  return { message: t(problem), next: 'manage' };
}

/** The outcome named in a done page's query, if it is one of `known`; anything else reads as "invalid". */
export function outcomeFrom<T extends string>(value: string | string[] | undefined, known: readonly T[]): T | 'invalid' {
  return typeof value === 'string' && (known as readonly string[]).includes(value) ? (value as T) : 'invalid';
}
