import type { Metadata } from 'next';
import { PageLayout } from '@/components/layout/page-layout';
import { problemMessage } from '@/components/registrant/outcome';
import { RegistrantMessage } from '@/components/registrant/registrant-message';
import { buttonClass } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { getDb } from '@/lib/db/client';
import { getTranslations } from 'next-intl/server';
import { LocaleField } from '@/components/language/locale-field';
import { Link } from '@/i18n/navigation';
import { MANAGE_PATH, tokenPath } from '@/lib/mail/links';
import { checkWithdrawToken, type WithdrawCheck } from '@/lib/registrant/links';
import type { PageSearchParams } from '@/lib/site/search-params';
import { withdrawAction } from './actions';
import { requestLogger } from '@/lib/log';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('registrant.withdraw');
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * Withdrawal, opened from the manage page (or from a withdraw link mailed before it existed): this GET
 * only reads (mail scanners follow links); the button's POST erases at once (S-FORM-8).
 */
export default async function WithdrawPage({ searchParams }: { searchParams: PageSearchParams }) {
  const [t, problems] = await Promise.all([getTranslations('registrant.withdraw'), getTranslations('registrant.outcome')]);
  const { token } = await searchParams;
  let check: WithdrawCheck | 'failed';
  try {
    check = await checkWithdrawToken(await getDb(), token, new Date());
  } catch (error) {
    (await requestLogger('registration')).error({ err: error }, 'a withdraw link check failed');
    check = 'failed';
  }
  if (check === 'already-withdrawn') return <RegistrantMessage title={t('title')} message={t('alreadyWithdrawn')} next="register" />;
  if (check !== 'ready' || typeof token !== 'string') {
    return <RegistrantMessage title={t('title')} {...problemMessage(check === 'ready' ? 'invalid' : check, problems)} />;
  }
  return (
    <PageLayout breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-6 max-w-3xl text-lg">{t('intro')}</p>
      <form action={withdrawAction} className="flex flex-wrap items-center gap-6">
        <LocaleField />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass('warning')}>
          {t('button')}
        </button>
        <Link href={tokenPath(MANAGE_PATH, token)}>
          {t('cancel')}
        </Link>
      </form>
    </PageLayout>
  );
}
