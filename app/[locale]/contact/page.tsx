import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { PageLayout } from '@/components/layout/page-layout';
import { SecretariatContact } from '@/components/mdx/secretariat-contact';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { getPlatform } from '@/lib/content';
import { getMessages } from '@/lib/i18n';
import { MANAGE_PATH } from '@/lib/mail/links';
import { pageMetadata } from '@/lib/site/page-metadata';
import { CONTACT_PATH } from '@/lib/site/paths';

const PATH = CONTACT_PATH;

export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages().pages.contact;
  const platform = await getPlatform();
  return pageMetadata({ title: t.title, description: t.description, path: PATH, siteName: platform.shortTitle });
}

/**
 * Who runs the site and how to reach them (S-PRIVACY-1): the owner and any address written in the
 * content, and the secretariat's address as the server is configured now (rendered per request, never
 * frozen at build time). The footer of every page links here.
 */
export default async function ContactPage() {
  await connection();
  const t = getMessages().pages.contact;
  const platform = await getPlatform();
  return (
    <PageLayout path={PATH} breadcrumbs={{ current: t.title }}>
      <PageHeading>{t.title}</PageHeading>
      <p className="mb-6 max-w-3xl text-lg">{t.runBy(platform.owner)}</p>
      <SectionHeading>{t.emailHeading}</SectionHeading>
      <div className="max-w-3xl space-y-4">
        {platform.contactEmail ? (
          <p>
            {t.general} <a href={`mailto:${platform.contactEmail}`}>{platform.contactEmail}</a>.
          </p>
        ) : null}
        <SecretariatContact />
      </div>
      <SectionHeading>{t.registrationHeading}</SectionHeading>
      <p className="max-w-3xl">
        {t.registrationText} <Link href={MANAGE_PATH} prefetch={false}>{t.registrationLink}</Link>.
      </p>
      <SectionHeading>{t.statementsHeading}</SectionHeading>
      <ul className="max-w-3xl list-disc space-y-2 pl-6">
        <li>
          {t.privacyText} <Link href="/privacy">{getMessages().common.footer.links.privacy}</Link>
        </li>
        <li>
          {t.accessibilityText} <Link href="/accessibility">{getMessages().common.footer.links.accessibility}</Link>
        </li>
      </ul>
    </PageLayout>
  );
}
