import type { Metadata } from 'next';
import { outcomeFrom, problemMessage } from '@/components/registrant/outcome';
import { RegistrantMessage } from '@/components/registrant/registrant-message';
import { getTranslations } from 'next-intl/server';
import type { PageSearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('registrant.change');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Where the change page's button leads: says plainly what happened (the outcome is one of a fixed list). */
export default async function ChangeDonePage({ searchParams }: { searchParams: PageSearchParams }) {
  const [t, problems] = await Promise.all([getTranslations('registrant.change'), getTranslations('registrant.outcome')]);
  const outcome = outcomeFrom((await searchParams).outcome, ['applied', 'already-applied', 'gone', 'expired', 'failed'] as const);
  if (outcome === 'applied') return <RegistrantMessage title={t('title')} message={t('applied')} next="manage" />;
  if (outcome === 'already-applied') return <RegistrantMessage title={t('title')} message={t('alreadyApplied')} next="none" />;
  return <RegistrantMessage title={t('title')} {...problemMessage(outcome, problems)} />;
}
