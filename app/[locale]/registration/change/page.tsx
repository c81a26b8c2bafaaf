import type { Metadata } from 'next';
import { PageLayout } from '@/components/layout/page-layout';
import { problemMessage } from '@/components/registrant/outcome';
import { RegistrantMessage } from '@/components/registrant/registrant-message';
import { buttonClass } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { getDb } from '@/lib/db/client';
import { afterChange } from '@/lib/db/registration-changes';
import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleField } from '@/components/language/locale-field';
import { describeDetails } from '@/lib/registrant/describe';
import { checkChangeToken, type ChangeCheck } from '@/lib/registrant/links';
import type { PageSearchParams } from '@/lib/site/search-params';
import { applyChangeAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('registrant.change');
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * The link mailed to the owner of an address that was submitted again (S-FORM-4): the registration now and
 * after the change, and a button. This GET only reads; the POST applies the change.
 */
export default async function ChangePage({ searchParams }: { searchParams: PageSearchParams }) {
  const [t, problems, words, locale] = await Promise.all([
    getTranslations('registrant.change'),
    getTranslations('registrant.outcome'),
    getTranslations('registrant.view'),
    getLocale(),
  ]);
  const { token } = await searchParams;
  const now = new Date();
  let check: ChangeCheck | { state: 'failed' };
  try {
    check = await checkChangeToken(await getDb(), token, now);
  } catch (error) {
    console.error('[registration] change link check failed:', error);
    check = { state: 'failed' };
  }
  if (check.state === 'already-applied') return <RegistrantMessage title={t('title')} message={t('alreadyApplied')} next="none" />;
  if (check.state !== 'ready' || typeof token !== 'string') {
    return <RegistrantMessage title={t('title')} {...problemMessage(check.state === 'ready' ? 'invalid' : check.state, problems)} />;
  }
  const labels = await getRegistrationLabels(now, locale);
  const before = describeDetails(check.current, labels, words);
  const after = describeDetails(afterChange(check.current, check.change), labels, words);
  return (
    <PageLayout breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-6 max-w-3xl text-lg">{t('intro')}</p>
      <h2 className="mb-2 text-xl font-bold">{t('caption')}</h2>
      <dl className="mb-4 max-w-4xl border-t border-rule">
        {before.map((line, i) => {
          const next = after[i]?.value ?? '';
          return (
            <div key={line.key} className="border-b border-rule py-3 sm:grid sm:grid-cols-[12rem_1fr_1fr] sm:gap-6">
              <dt className="font-bold">{line.label}</dt>
              <dd className="break-words whitespace-pre-line">
                <span className="text-ink-muted">{t('now')}</span> {line.value}
              </dd>
              <dd className={`break-words whitespace-pre-line ${next === line.value ? '' : 'font-bold'}`}>
                <span className="font-normal text-ink-muted">{t('after')}</span> {next}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="mb-6 max-w-3xl">{t('groupsNote')}</p>
      <form action={applyChangeAction} className="mb-6">
        <LocaleField />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass()}>
          {t('button')}
        </button>
      </form>
      <p className="max-w-3xl">{t('ignore')}</p>
    </PageLayout>
  );
}
