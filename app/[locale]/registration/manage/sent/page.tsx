import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { Link } from '@/i18n/navigation';
import { MANAGE_LINK_VALID_DAYS, MANAGE_PATH } from '@/lib/mail/links';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('registrant.manage');
  return { title: t('sentTitle'), robots: { index: false, follow: false } };
}

/** The one answer to "Email me a link", whether or not the address is registered (S-FORM-8). */
export default async function ManageLinkSentPage() {
  const t = await getTranslations('registrant.manage');
  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: t('title'), href: MANAGE_PATH }], current: t('sentTitle') }}>
      <PageHeading>{t('sentTitle')}</PageHeading>
      <p className="mb-4 max-w-3xl text-lg">{t('sentIntro')}</p>
      <p className="mb-4 max-w-3xl text-lg">{t('sentNothing')}</p>
      <p className="mb-6 max-w-3xl">{t('linkValidity', { days: MANAGE_LINK_VALID_DAYS })}</p>
      <p>
        <Link href={MANAGE_PATH}>
          {t('sentAgain')}
        </Link>
      </p>
    </PageLayout>
  );
}
