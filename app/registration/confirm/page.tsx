import type { Metadata } from 'next';
import { RegistrantMessage } from '@/components/admin/registrant-message';
import { confirmByToken, type ConfirmOutcome } from '@/lib/admin/registrant-links';
import { getDb } from '@/lib/db/client';
import { getMessages } from '@/lib/i18n';
import type { PageSearchParams } from '@/lib/site/search-params';

export const metadata: Metadata = {
  title: getMessages().admin.registration.confirmTitle,
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

/**
 * The confirm link from the registrant's email. A GET that changes state is acceptable here: confirming
 * is harmless and idempotent, so a mail scanner that follows the link does no damage.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = getMessages().admin.registration;
  const { token } = await searchParams;
  let outcome: ConfirmOutcome | 'failed';
  try {
    outcome = await confirmByToken(await getDb(), token, new Date());
  } catch (error) {
    console.error('[registration] confirm link failed:', error);
    outcome = 'failed';
  }
  const message = {
    confirmed: t.confirmed,
    'already-confirmed': t.alreadyConfirmed,
    gone: t.gone,
    expired: t.expired,
    invalid: t.invalid,
    failed: t.failed,
  }[outcome];
  return (
    <RegistrantMessage
      title={t.confirmTitle}
      message={message}
      registerAgain={outcome === 'expired' || outcome === 'invalid' || outcome === 'gone'}
    />
  );
}
