import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { SummaryList } from '@/components/ui/summary-list';
import { Link } from '@/i18n/navigation';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { getDb } from '@/lib/db/client';
import { getSiteKey } from '@/lib/db/site-keys';
import { MANAGE_PATH } from '@/lib/mail/links';
import { readReceipt, type Receipt } from '@/lib/registration/receipt';
import { confirmationDays } from '@/lib/retention/policy';
import { runningRetention } from '@/lib/retention/settings';
import type { PageSearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('form.confirmation');
  return {
    title: t('title'),
    description: t('description'),
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
  const locale = await getLocale();
  const [t, form] = await Promise.all([getTranslations('form.confirmation'), getTranslations('form')]);
  const now = new Date();
  const receipt = await receiptOf(await searchParams, now);
  const labels = receipt ? await getRegistrationLabels(now, locale) : null;
  const known = new Set(labels?.groups.map((g) => g.id));
  const groups = receipt && labels ? receipt.groups.filter((g) => known.has(g)).map(labels.group) : [];
  const meeting = receipt?.meeting && labels ? labels.meeting(receipt.meeting) : null;
  const days = confirmationDays(runningRetention());

  return (
    <PageLayout
      path="/participate/confirmation"
      breadcrumbs={{ ancestors: [{ label: form('breadcrumb'), href: '/participate' }], current: t('breadcrumb') }}
    >
      {receipt ? (
        // GOV.UK's confirmation panel: what was received, and the reference to quote.
        <div className="mb-8 max-w-3xl bg-[#00703c] p-6 text-center text-white sm:p-8">
          <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
          <p className="text-xl">
            {t('referenceLabel')}
            <br />
            <strong className="font-mono text-2xl tracking-widest" data-testid="reference">
              {receipt.reference}
            </strong>
          </p>
        </div>
      ) : (
        <>
          <PageHeading>{t('title')}</PageHeading>
          <p className="mb-6 max-w-3xl text-lg">{t('noReference')}</p>
        </>
      )}
      {receipt ? (
        // Said first, not in a list: interest is not a booked place (the issue a visitor may misread).
        <div className="mb-8 max-w-3xl border-l-8 border-eu-blue bg-eu-blue-pale p-5 text-lg">
          {meeting ? <p className="mb-2 font-bold">{t('interestIn', { meeting })}</p> : null}
          <p>{meeting ? t('meetingNotBooked', { meeting }) : t('notBooked')}</p>
        </div>
      ) : null}
      {groups.length > 0 || meeting ? (
        <section aria-labelledby="chosen-heading">
          <SectionHeading id="chosen-heading">{t('chosenTitle')}</SectionHeading>
          <SummaryList
            className="mb-6 max-w-3xl"
            rows={[
              ...(groups.length > 0
                ? [
                    {
                      key: 'groups',
                      label: t('groupsLabel'),
                      value: (
                        <ul>
                          {groups.map((g) => (
                            <li key={g}>{g}</li>
                          ))}
                        </ul>
                      ),
                    },
                  ]
                : []),
              ...(meeting ? [{ key: 'meeting', label: t('meetingLabel'), value: meeting }] : []),
            ]}
          />
        </section>
      ) : null}
      <section aria-labelledby="next-heading">
        <SectionHeading id="next-heading">{t('nextTitle')}</SectionHeading>
        <ol className="mb-6 max-w-3xl list-decimal space-y-3 pl-6">
          <li>{t('confirmBy', { days })}</li>
          <li>{t('secretariat')}</li>
          <li>
            {t.rich('manage', {
              link: (text) => (
                <Link href={MANAGE_PATH}>
                  {text}
                </Link>
              ),
            })}
          </li>
        </ol>
        <p className="mb-6 max-w-3xl">{t('noEmail')}</p>
      </section>
      <p>
        <Link href="/participate">{t('another')}</Link>
      </p>
    </PageLayout>
  );
}
