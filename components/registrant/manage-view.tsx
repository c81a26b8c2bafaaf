import Link from 'next/link';
import { confirmFromManageAction, applyChangeFromManageAction, updateDetailsAction } from '@/app/registration/manage/actions';
import { RegistrationForm } from '@/components/form/registration-form';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { formatInstant } from '@/lib/dates';
import { getMessages } from '@/lib/i18n';
import { MANAGE_PATH, tokenPath, WITHDRAW_PATH } from '@/lib/mail/links';
import { describeDetails } from '@/lib/registrant/describe';
import type { ManageView as View } from '@/lib/registrant/manage';
import { getFormChoices } from '@/lib/registration/choices';
import { confirmationDays } from '@/lib/retention/policy';
import { runningRetention } from '@/lib/retention/settings';

type Props = {
  view: View;
  token: string;
  /** When the manage link stops working. */
  expiresAt: string;
  /** What the last action did (`saved`, `confirmed`, `applied`, `not-applied`, `failed`), to say so. */
  done: string | null;
  now: Date;
  documentTitle: string;
};

function Summary({ rows }: { rows: { label: string; value: string }[] }) {
  return (
    <dl className="mb-6 max-w-3xl divide-y divide-rule border-y border-rule">
      {rows.map((row) => (
        <div key={row.label} className="py-3 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-6">
          <dt className="font-bold">{row.label}</dt>
          <dd className="break-words whitespace-pre-line">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything stored about a registrant, and what they can do with it (S-FORM-8). */
export async function ManageView({ view, token, expiresAt, done, now, documentTitle }: Props) {
  const t = getMessages().registrant;
  const v = t.view;
  const [labels, choices] = await Promise.all([getRegistrationLabels(now), getFormChoices(now)]);
  const r = view.registration;
  const f = v.fields;
  const notices: Record<string, string> = {
    saved: v.saved,
    confirmed: v.confirmed,
    applied: v.applied,
    'not-applied': v.notApplied,
    failed: t.outcome.failed,
  };
  const notice = done ? notices[done] : undefined;
  // The meeting already chosen is offered even once it has passed, so saving never drops it silently.
  const meetings = choices.meetings.map(({ slug, title }) => ({ slug, title }));
  if (r.meetingSlug && !meetings.some((m) => m.slug === r.meetingSlug)) meetings.push({ slug: r.meetingSlug, title: labels.meeting(r.meetingSlug) });

  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: t.manage.title, href: MANAGE_PATH }], current: v.title }}>
      <PageHeading>{v.title}</PageHeading>
      {notice ? (
        <p role="status" className="mb-6 max-w-3xl border-l-8 border-green-700 bg-green-50 p-4 text-lg font-semibold">
          {notice}
        </p>
      ) : null}
      <p className="mb-6 max-w-3xl text-lg">{v.intro}</p>

      <SectionHeading id="held">{v.held}</SectionHeading>
      <Summary
        rows={[
          { label: f.reference, value: r.reference },
          ...describeDetails(r, labels),
          { label: f.confirmed, value: r.confirmedAt ? v.yes(formatInstant(r.confirmedAt)) : v.no },
          { label: f.consent, value: formatInstant(r.consentAt) },
          { label: f.privacyVersion, value: r.privacyVersion },
          { label: f.created, value: formatInstant(r.createdAt) },
          { label: f.updated, value: formatInstant(r.updatedAt) },
        ]}
      />
      {r.confirmedAt ? null : (
        <form action={confirmFromManageAction} className="mb-6">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className={buttonClass()}>
            {v.confirmButton}
          </button>
        </form>
      )}

      {view.changes.length > 0 ? (
        <>
          <SectionHeading id="changes">{v.changesHeading}</SectionHeading>
          <p className="mb-4 max-w-3xl">{v.changesIntro(confirmationDays(runningRetention()))}</p>
          {view.changes.map((change) => (
            <section key={change.id} aria-labelledby={`change-${change.reference}`} className="mb-6">
              <h3 id={`change-${change.reference}`} className="mb-2 text-lg font-bold">
                {v.changeCaption(change.reference, formatInstant(change.expiresAt))}
              </h3>
              <Summary rows={describeDetails(change, labels)} />
              <form action={applyChangeFromManageAction}>
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="change" value={change.id} />
                <button type="submit" className={buttonClass()}>
                  {v.applyButton(change.reference)}
                </button>
              </form>
            </section>
          ))}
        </>
      ) : null}

      <SectionHeading id="mail">{v.mailHeading}</SectionHeading>
      {view.mail.length === 0 ? (
        <p className="mb-6">{v.noMail}</p>
      ) : (
        <ul className="mb-6 max-w-3xl divide-y divide-rule border-y border-rule">
          {view.mail.map((m) => (
            <li key={m.id} className="py-3">
              <p className="font-bold break-words">{m.subject}</p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-ink-muted">
                <dt>{v.mailColumns.to}</dt>
                <dd className="break-all">{m.toAddress}</dd>
                <dt>{v.mailColumns.queued}</dt>
                <dd>{formatInstant(m.createdAt)}</dd>
                <dt>{v.mailColumns.status}</dt>
                <dd>{v.mailStatus[m.status]}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}

      <SectionHeading id="change-details">{v.editHeading}</SectionHeading>
      <RegistrationForm
        action={updateDetailsAction}
        edit={{ token, email: r.email }}
        groups={choices.groups}
        meetings={meetings}
        initialValues={{
          fullName: r.fullName,
          email: r.email,
          organisation: r.organisation,
          country: r.country,
          organisationType: r.organisationType,
          groups: r.groups,
          meeting: r.meetingSlug ?? '',
          contribution: r.contribution ?? '',
          consent: true,
        }}
        privacyHref="/privacy"
        documentTitle={documentTitle}
      />

      <SectionHeading id="download">{v.downloadHeading}</SectionHeading>
      <p className="mb-2 max-w-3xl">{v.downloadText}</p>
      <p className="mb-6">
        <a href={tokenPath(`${MANAGE_PATH}/data.json`, token)} download>
          {v.download}
        </a>
      </p>

      <SectionHeading id="withdraw">{v.withdrawHeading}</SectionHeading>
      <p className="mb-2 max-w-3xl">{v.withdrawText}</p>
      <p className="mb-8">
        <Link href={tokenPath(WITHDRAW_PATH, token)} prefetch={false}>
          {v.withdrawLink}
        </Link>
      </p>
      <p className="max-w-3xl text-ink-muted">{v.linkExpires(formatInstant(expiresAt))}</p>
    </PageLayout>
  );
}
