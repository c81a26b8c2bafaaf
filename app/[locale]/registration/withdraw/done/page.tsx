import type { Metadata } from 'next';
import { outcomeFrom, problemMessage } from '@/components/registrant/outcome';
import { RegistrantMessage } from '@/components/registrant/registrant-message';
import { getTranslations } from 'next-intl/server';
import type { PageSearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('registrant.withdraw');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Where the withdraw button leads: says plainly what happened (the outcome is one of a fixed list). */
export default async function WithdrawDonePage({ searchParams }: { searchParams: PageSearchParams }) {
  const [t, problems] = await Promise.all([getTranslations('registrant.withdraw'), getTranslations('registrant.outcome')]);
  const outcome = outcomeFrom((await searchParams).outcome, ['withdrawn', 'already-withdrawn', 'gone', 'expired', 'failed'] as const);
  if (outcome === 'withdrawn') return <RegistrantMessage title={t('title')} message={t('withdrawn')} next="register" />;
  if (outcome === 'already-withdrawn') return <RegistrantMessage title={t('title')} message={t('alreadyWithdrawn')} next="register" />;
  return <RegistrantMessage title={t('title')} {...problemMessage(outcome, problems)} />;
}
