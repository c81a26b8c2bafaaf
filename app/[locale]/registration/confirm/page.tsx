import type { Metadata } from 'next';
import { PageLayout } from '@/components/layout/page-layout';
import { problemMessage } from '@/components/registrant/outcome';
import { RegistrantMessage } from '@/components/registrant/registrant-message';
import { buttonClass } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { getDb } from '@/lib/db/client';
import { getTranslations } from 'next-intl/server';
import { LocaleField } from '@/components/language/locale-field';
import { checkConfirmToken, type ConfirmCheck } from '@/lib/registrant/links';
import type { PageSearchParams } from '@/lib/site/search-params';
import { confirmAction } from './actions';
import { requestLogger } from '@/lib/log';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('registrant.confirm');
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * The confirm link from the registrant's mail. Its GET only reads (a mail scanner that follows the link
 * confirms nothing); the button's POST confirms (S-FORM-7).
 */
export default async function ConfirmPage({ searchParams }: { searchParams: PageSearchParams }) {
  const [t, outcome] = await Promise.all([getTranslations('registrant.confirm'), getTranslations('registrant.outcome')]);
  const { token } = await searchParams;
  let check: ConfirmCheck | 'failed';
  try {
    check = await checkConfirmToken(await getDb(), token, new Date());
  } catch (error) {
    (await requestLogger('registration')).error({ err: error }, 'a confirm link check failed');
    check = 'failed';
  }
  if (check === 'already-confirmed') return <RegistrantMessage title={t('title')} message={t('alreadyConfirmed')} next="none" />;
  if (check !== 'ready' || typeof token !== 'string') {
    return <RegistrantMessage title={t('title')} {...problemMessage(check === 'ready' ? 'invalid' : check, outcome)} />;
  }
  return (
    <PageLayout breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-6 max-w-3xl text-lg">{t('intro')}</p>
      <form action={confirmAction}>
        <LocaleField />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass()}>
          {t('button')}
        </button>
      </form>
    </PageLayout>
  );
}
