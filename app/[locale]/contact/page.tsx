import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageLayout } from '@/components/layout/page-layout';
import { SecretariatContact } from '@/components/mdx/secretariat-contact';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { Link } from '@/i18n/navigation';
import { getPlatform } from '@/lib/content';
import { MANAGE_PATH } from '@/lib/mail/links';
import { pageMetadata } from '@/lib/site/page-metadata';
import { CONTACT_PATH } from '@/lib/site/paths';

const PATH = CONTACT_PATH;

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('pages.contact'), getLocale()]);
  const platform = await getPlatform(locale);
  return pageMetadata({ title: t('title'), description: t('description'), path: PATH, siteName: platform.shortTitle, locale });
}

/**
 * Who runs the site and how to reach them (S-PRIVACY-1): the owner and any address written in the
 * content, and the secretariat's address as the server is configured now (rendered per request, never
 * frozen at build time). The footer of every page links here.
 */
export default async function ContactPage() {
  await connection();
  const locale = await getLocale();
  const [t, links, platform] = await Promise.all([getTranslations('pages.contact'), getTranslations('common.footer.links'), getPlatform(locale)]);
  return (
    <PageLayout path={PATH} breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-6 max-w-3xl text-lg">{t('runBy', { owner: platform.owner })}</p>
      <SectionHeading>{t('emailHeading')}</SectionHeading>
      <div className="max-w-3xl space-y-4">
        {platform.contactEmail ? (
          <p>
            {t('general')} <a href={`mailto:${platform.contactEmail}`}>{platform.contactEmail}</a>.
          </p>
        ) : null}
        <SecretariatContact />
      </div>
      <SectionHeading>{t('registrationHeading')}</SectionHeading>
      <p className="max-w-3xl">
        {t('registrationText')}{' '}
        <Link href={MANAGE_PATH}>
          {t('registrationLink')}
        </Link>
        .
      </p>
      <SectionHeading>{t('statementsHeading')}</SectionHeading>
      <ul className="max-w-3xl list-disc space-y-2 pl-6">
        <li>
          {t('privacyText')} <Link href="/privacy">{links('privacy')}</Link>
        </li>
        <li>
          {t('accessibilityText')} <Link href="/accessibility">{links('accessibility')}</Link>
        </li>
      </ul>
    </PageLayout>
  );
}
