import type { Metadata } from 'next';
import Link from 'next/link';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { getMessages } from '@/lib/i18n';
import { MANAGE_LINK_VALID_DAYS, MANAGE_PATH } from '@/lib/mail/links';

export const metadata: Metadata = {
  title: getMessages().registrant.manage.sentTitle,
  robots: { index: false, follow: false },
};

/** The one answer to "Email me a link", whether or not the address is registered (S-FORM-8). */
export default function ManageLinkSentPage() {
  const t = getMessages().registrant.manage;
  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: t.title, href: MANAGE_PATH }], current: t.sentTitle }}>
      <PageHeading>{t.sentTitle}</PageHeading>
      {t.sent.map((line) => (
        <p key={line} className="mb-4 max-w-3xl text-lg">
          {line}
        </p>
      ))}
      <p className="mb-6 max-w-3xl">{t.linkValidity(MANAGE_LINK_VALID_DAYS)}</p>
      <p>
        <Link href={MANAGE_PATH} prefetch={false}>
          {t.sentAgain}
        </Link>
      </p>
    </PageLayout>
  );
}
