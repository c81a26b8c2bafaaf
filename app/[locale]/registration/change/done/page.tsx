import type { Metadata } from 'next';
import { outcomeFrom, problemMessage } from '@/components/registrant/outcome';
import { RegistrantMessage } from '@/components/registrant/registrant-message';
import { getMessages } from '@/lib/i18n';
import type { PageSearchParams } from '@/lib/site/search-params';

export const metadata: Metadata = {
  title: getMessages().registrant.change.title,
  robots: { index: false, follow: false },
};

/** Where the change page's button leads: says plainly what happened (the outcome is one of a fixed list). */
export default async function ChangeDonePage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = getMessages().registrant.change;
  const outcome = outcomeFrom((await searchParams).outcome, ['applied', 'already-applied', 'gone', 'expired', 'failed'] as const);
  if (outcome === 'applied') return <RegistrantMessage title={t.title} message={t.applied} next="manage" />;
  if (outcome === 'already-applied') return <RegistrantMessage title={t.title} message={t.alreadyApplied} next="none" />;
  return <RegistrantMessage title={t.title} {...problemMessage(outcome)} />;
}
