import type { Metadata } from 'next';
import Link from 'next/link';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { getDb } from '@/lib/db/client';
import { getSiteKey } from '@/lib/db/site-keys';
import { getMessages } from '@/lib/i18n';
import { MANAGE_PATH } from '@/lib/mail/links';
import { readReceipt, type Receipt } from '@/lib/registration/receipt';
import { confirmationDays } from '@/lib/retention/policy';
import { runningRetention } from '@/lib/retention/settings';
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

async function receiptOf(params: Awaited<PageSearchParams>, now: Date): Promise<Receipt | null> {
  try {
    return readReceipt(params, await getSiteKey(await getDb(), 'receipt'), now);
  } catch (error) {
    console.error('[registration] could not check a confirmation link:', error);
    return null;
  }
}

/**
 * What follows a submission (S-FORM-4): the reference and the choices of a receipt this site has just
 * signed (lib/registration/receipt.ts), and what happens next. Nothing is looked up, so the page is the
 * same for a new address, a known one, and a bot dropped by the honeypot (decision 0044), and a
 * reference typed into the address bar shows nothing.
 */
export default async function ConfirmationPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = getMessages().form.confirmation;
  const now = new Date();
  const receipt = await receiptOf(await searchParams, now);
  const labels = receipt ? await getRegistrationLabels(now) : null;
  const known = new Set(labels?.groups.map((g) => g.id));
  const groups = receipt && labels ? receipt.groups.filter((g) => known.has(g)).map(labels.group) : [];
  const meeting = receipt?.meeting && labels ? labels.meeting(receipt.meeting) : null;
  const days = confirmationDays(runningRetention());

  return (
    <PageLayout path="/participate/confirmation" breadcrumbs={{ ancestors: [{ label: getMessages().form.breadcrumb, href: '/participate' }], current: t.breadcrumb }}>
      {receipt ? (
        <div className="mb-8 bg-green-800 p-6 text-white">
          <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
          <p className="text-xl">
            {t.referenceLabel}
            <br />
            <strong className="font-mono text-2xl tracking-widest" data-testid="reference">
              {receipt.reference}
            </strong>
          </p>
        </div>
      ) : (
        <>
          <PageHeading>{t.title}</PageHeading>
          <p className="mb-6 max-w-3xl text-lg">{t.noReference}</p>
        </>
      )}
      {groups.length > 0 || meeting ? (
        <>
          <SectionHeading>{t.chosenTitle}</SectionHeading>
          <dl className="mb-6 max-w-3xl space-y-3">
            {groups.length > 0 ? (
              <div>
                <dt className="font-bold">{t.groupsLabel}</dt>
                <dd>
                  <ul className="list-disc pl-6">
                    {groups.map((g) => (
                      <li key={g}>{g}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {meeting ? (
              <div>
                <dt className="font-bold">{t.meetingLabel}</dt>
                <dd>{meeting}</dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : null}
      <SectionHeading>{t.nextTitle}</SectionHeading>
      <ul className="mb-6 max-w-3xl list-disc space-y-2 pl-6">
        <li>{t.confirmBy(days)}</li>
        <li>{meeting ? t.meetingNotBooked(meeting) : t.notBooked}</li>
        <li>{t.secretariat}</li>
        <li>
          {t.managePrefix}
          <Link href={MANAGE_PATH} prefetch={false}>
            {t.manageLink}
          </Link>
          .
        </li>
      </ul>
      <p className="mb-6 max-w-3xl">{t.noEmail}</p>
      <p>
        <Link href="/participate">{t.another}</Link>
      </p>
    </PageLayout>
  );
}
