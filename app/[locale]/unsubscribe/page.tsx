import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LocaleField } from '@/components/language/locale-field';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusMessage } from '@/components/ui/status-message';
import { Link } from '@/i18n/navigation';
import { getDb } from '@/lib/db/client';
import { requestLogger } from '@/lib/log';
import { MANAGE_PATH } from '@/lib/mail/links';
import { readUnsubscribe, type UnsubscribeState } from '@/lib/participation/attendance';
import { UNSUBSCRIBE_PATH } from '@/lib/participation/mailings';
import type { PageSearchParams } from '@/lib/site/search-params';
import { unsubscribeAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participation.unsubscribe');
  return { title: t('title'), description: t('description'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * The visible unsubscribe link of every participation mail (S-INVITE-4). Its GET only reads; the button
 * (a POST) stops meeting mail. Mail programs' one-click unsubscribe posts to /api/unsubscribe instead.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations('participation.unsubscribe');
  const { token, done } = await searchParams;
  let state: UnsubscribeState | 'failed';
  try {
    state = await readUnsubscribe(await getDb(), token);
  } catch (error) {
    (await requestLogger('participation')).error({ err: error }, 'an unsubscribe link check failed');
    state = 'failed';
  }
  const outcome = done === 'done' || done === 'failed' ? done : null;
  const message = outcome === 'done' ? t('done') : outcome === 'failed' ? t('failed') : state === 'ready' ? null : t(state);
  return (
    <PageLayout path={UNSUBSCRIBE_PATH} breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      {message ? (
        <StatusMessage>{message}</StatusMessage>
      ) : null}
      {state === 'ready' && outcome !== 'done' ? (
        <>
          <p className="mb-6 max-w-3xl text-lg">{t('intro')}</p>
          <form action={unsubscribeAction} className="mb-6">
            <LocaleField />
            <input type="hidden" name="token" value={typeof token === 'string' ? token : ''} />
            <button type="submit" className={buttonClass()}>
              {t('button')}
            </button>
          </form>
        </>
      ) : null}
      <p>
        <Link href={MANAGE_PATH}>
          {t('manage')}
        </Link>
      </p>
    </PageLayout>
  );
}
