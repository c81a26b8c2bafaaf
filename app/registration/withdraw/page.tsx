import { PageLayout } from '@/components/layout/page-layout';
import type { Metadata } from 'next';
import { RegistrantMessage } from '@/components/admin/registrant-message';
import { checkWithdrawToken, type WithdrawCheck } from '@/lib/admin/registrant-links';
import { getDb } from '@/lib/db/client';
import { getMessages } from '@/lib/i18n';
import { withdrawAction } from './actions';
import type { PageSearchParams } from '@/lib/site/search-params';

export const metadata: Metadata = {
  title: getMessages().admin.registration.withdrawTitle,
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

/** The withdraw link: this GET only reads (mail scanners follow links); the button's POST erases. */
export default async function WithdrawPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = getMessages().admin.registration;
  const { token } = await searchParams;
  let check: WithdrawCheck | 'failed';
  try {
    check = await checkWithdrawToken(await getDb(), token, new Date());
  } catch (error) {
    console.error('[registration] withdraw link check failed:', error);
    check = 'failed';
  }
  if (check !== 'ready' || typeof token !== 'string') {
    const message = { 'already-withdrawn': t.alreadyWithdrawn, gone: t.gone, expired: t.expired, invalid: t.invalid, failed: t.failed, ready: t.invalid }[check];
    return <RegistrantMessage title={t.withdrawTitle} message={message} registerAgain={check === 'expired' || check === 'invalid'} />;
  }
  return (
    <PageLayout breadcrumbs={{ ancestors: [], current: t.withdrawTitle }}>
      <h1 className="mb-6 text-3xl font-bold">{t.withdrawTitle}</h1>
      <p className="mb-6 max-w-2xl text-lg">{t.withdrawIntro}</p>
      <form action={withdrawAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="bg-red-700 px-5 py-3 text-lg font-bold text-white focus:outline-4 focus:outline-offset-0 focus:outline-eu-yellow">
          {t.withdrawButton}
        </button>
      </form>
    </PageLayout>
  );
}
