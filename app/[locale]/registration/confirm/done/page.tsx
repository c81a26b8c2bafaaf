import type { Metadata } from 'next';
import { outcomeFrom, problemMessage } from '@/components/registrant/outcome';
import { RegistrantMessage } from '@/components/registrant/registrant-message';
import { getMessages } from '@/lib/i18n';
import type { PageSearchParams } from '@/lib/site/search-params';

export const metadata: Metadata = {
  title: getMessages().registrant.confirm.title,
  robots: { index: false, follow: false },
};

/** Where the confirm button leads: says plainly what happened (the outcome is one of a fixed list). */
export default async function ConfirmDonePage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = getMessages().registrant.confirm;
  const outcome = outcomeFrom((await searchParams).outcome, ['confirmed', 'already-confirmed', 'gone', 'expired', 'failed'] as const);
  if (outcome === 'confirmed') return <RegistrantMessage title={t.title} message={t.confirmed} next="none" />;
  if (outcome === 'already-confirmed') return <RegistrantMessage title={t.title} message={t.alreadyConfirmed} next="none" />;
  return <RegistrantMessage title={t.title} {...problemMessage(outcome)} />;
}
