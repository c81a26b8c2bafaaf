import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/language/client-messages';
import { PageLayout } from '@/components/layout/page-layout';
import { MANAGE_REQUEST_FORM_MESSAGES } from '@/components/form/client-namespaces';
import { ManageRequestForm } from '@/components/registrant/manage-request-form';
import { ManageView } from '@/components/registrant/manage-view';
import { problemMessage, type Problem } from '@/components/registrant/outcome';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusMessage } from '@/components/ui/status-message';
import { getPlatform } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { localeMetadata } from '@/lib/seo/site-metadata';
import { MANAGE_LINK_VALID_DAYS, MANAGE_PATH } from '@/lib/mail/links';
import { getManageView, openManageLink, type ManageView as View } from '@/lib/registrant/manage';
import { pageMetadata } from '@/lib/site/page-metadata';
import type { PageSearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('registrant.manage'), getLocale()]);
  const platform = await getPlatform(locale);
  return {
    ...(await pageMetadata({ title: t('title'), description: t('description'), path: MANAGE_PATH, siteName: platform.shortTitle, locale })),
    // Each view renders its own <title>, so that a form can say "Error: " with and without JavaScript.
    title: { absolute: '' },
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

type Opened = { view: View; token: string; expiresAt: string } | { problem: Problem } | null;

async function open(token: string | string[] | undefined, now: Date): Promise<Opened> {
  if (token === undefined) return null;
  try {
    const db = await getDb();
    const access = await openManageLink(db, token, now);
    if (access.state !== 'ready' || typeof token !== 'string') return { problem: access.state === 'ready' ? 'invalid' : access.state };
    const view = await getManageView(db, access.registrationId);
    return view ? { view, token, expiresAt: access.expiresAt } : { problem: 'gone' };
  } catch (error) {
    console.error('[registration] could not open a manage link:', error);
    return { problem: 'failed' };
  }
}

/**
 * Manage your registration (S-FORM-8). Without a link: a form that emails one. With a link: everything
 * stored about the person, and the ways to change, download or withdraw it. A link that cannot open says
 * why, above the form that asks for a new one.
 */
export default async function ManagePage({ searchParams }: { searchParams: PageSearchParams }) {
  const locale = await getLocale();
  const [t, view, problems, { separator }] = await Promise.all([
    getTranslations('registrant.manage'),
    getTranslations('registrant.view'),
    getTranslations('registrant.outcome'),
    localeMetadata(locale),
  ]);
  const { token, done } = await searchParams;
  const now = new Date();
  const opened = await open(token, now);
  const platform = await getPlatform(locale);

  if (opened && 'view' in opened) {
    return (
      <ManageView
        view={opened.view}
        token={opened.token}
        expiresAt={opened.expiresAt}
        done={typeof done === 'string' ? done : null}
        now={now}
        documentTitle={`${view('title')}${separator}${platform.shortTitle}`}
      />
    );
  }
  return (
    <PageLayout path={MANAGE_PATH} breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      {opened ? (
        <StatusMessage>{problemMessage(opened.problem, problems).message}</StatusMessage>
      ) : null}
      <p className="mb-6 max-w-3xl text-lg">{t('lead')}</p>
      <ClientMessages namespaces={MANAGE_REQUEST_FORM_MESSAGES}>
        <ManageRequestForm documentTitle={`${t('title')}${separator}${platform.shortTitle}`} />
      </ClientMessages>
      <p className="mt-6 max-w-3xl text-ink-muted">{t('linkValidity', { days: MANAGE_LINK_VALID_DAYS })}</p>
    </PageLayout>
  );
}
