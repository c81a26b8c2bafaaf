import type { Metadata } from 'next';
import { RegistrantMessage } from '@/components/admin/registrant-message';
import { getMessages } from '@/lib/i18n';
import type { PageSearchParams } from '@/lib/site/search-params';

export const metadata: Metadata = {
  title: getMessages().admin.registration.withdrawTitle,
  robots: { index: false, follow: false },
};

/** Where the withdraw button leads: says plainly what happened (the outcome is one of a fixed list). */
export default async function WithdrawDonePage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = getMessages().admin.registration;
  const { outcome } = await searchParams;
  const messages: Record<string, string> = {
    withdrawn: t.withdrawn,
    'already-withdrawn': t.alreadyWithdrawn,
    gone: t.gone,
    expired: t.expired,
    invalid: t.invalid,
    failed: t.failed,
  };
  const message = (typeof outcome === 'string' && messages[outcome]) || t.invalid;
  return <RegistrantMessage title={t.withdrawTitle} message={message} registerAgain={outcome !== 'withdrawn' && outcome !== 'already-withdrawn'} />;
}
