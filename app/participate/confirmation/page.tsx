import type { Metadata } from 'next';
import Link from 'next/link';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { getMessages } from '@/lib/i18n';
import { REFERENCE_PATTERN } from '@/lib/registration/reference';
import type { PageSearchParams } from '@/lib/site/search-params';

export function generateMetadata(): Metadata {
  const t = getMessages().form.confirmation;
  return {
    title: t.title,
    description: t.description,
    // A confirmation is personal and transient: keep it out of search engines.
    robots: { index: false, follow: false },
  };
}

/**
 * Shows the reference passed in the redirect. Nothing is looked up: the page reveals no stored data, and
 * a bot dropped by the honeypot sees the same page as a person (decision 0044).
 */
export default async function ConfirmationPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = getMessages().form.confirmation;
  const params = await searchParams;
  const ref = typeof params.ref === 'string' && REFERENCE_PATTERN.test(params.ref) ? params.ref : null;
  const updated = params.updated === '1';

  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: getMessages().form.breadcrumb, href: '/participate' }], current: t.breadcrumb }}>
      {ref ? (
        <div className="mb-8 bg-green-800 p-6 text-white">
          <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
          <p className="text-xl">
            {t.referenceLabel}
            <br />
            <strong className="font-mono text-2xl tracking-widest" data-testid="reference">
              {ref}
            </strong>
          </p>
        </div>
      ) : (
        <PageHeading>{t.title}</PageHeading>
      )}
      <p className="mb-6 text-lg">{ref ? (updated ? t.updatedLead : t.createdLead) : t.missingReference}</p>
      <h2 className="mb-3 text-2xl font-bold">{t.nextTitle}</h2>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        {t.next.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <Link href="/participate" className="text-eu-blue underline">
          {t.another}
        </Link>
      </p>
    </PageLayout>
  );
}
