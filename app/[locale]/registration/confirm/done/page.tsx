import type { Metadata } from 'next';
import { outcomeFrom, problemMessage } from '@/components/registrant/outcome';
import { RegistrantMessage } from '@/components/registrant/registrant-message';
import { getTranslations } from 'next-intl/server';
import type { PageSearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('registrant.confirm');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Where the confirm button leads: says plainly what happened (the outcome is one of a fixed list). */
export default async function ConfirmDonePage({ searchParams }: { searchParams: PageSearchParams }) {
  const [t, problems] = await Promise.all([getTranslations('registrant.confirm'), getTranslations('registrant.outcome')]);
  const outcome = outcomeFrom((await searchParams).outcome, ['confirmed', 'already-confirmed', 'gone', 'expired', 'failed'] as const);
  if (outcome === 'confirmed') return <RegistrantMessage title={t('title')} message={t('confirmed')} next="none" />;
  if (outcome === 'already-confirmed') return <RegistrantMessage title={t('title')} message={t('alreadyConfirmed')} next="none" />;
  return <RegistrantMessage title={t('title')} {...problemMessage(outcome, problems)} />;
}
