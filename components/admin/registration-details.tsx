import Link from 'next/link';
import type { RegistrationDetail } from '@/lib/admin/registration-detail';
import { formatUtc } from '@/lib/admin/registrations-view';
import { getMessages } from '@/lib/i18n';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';

/**
 * Everything stored about one registration, grouped as the secretariat reads it: the person, their
 * interest (groups, meeting, what they wrote), consent and confirmation, the mail sent to them, and the
 * record's dates; then the way to erase it.
 */
export function RegistrationDetails({ detail }: { detail: RegistrationDetail }) {
  const t = getMessages().admin;
  const c = t.registrations.columns;
  const d = t.detail;
  const { registration: r, labels, mail } = detail;
  const meeting = r.meetingSlug ? (
    labels.hasMeeting(r.meetingSlug) ? (
      <Link href={`/meetings/${r.meetingSlug}`}>{labels.meeting(r.meetingSlug)}</Link>
    ) : (
      d.meetingUnknown(r.meetingSlug)
    )
  ) : (
    <span className="text-ink-muted">{d.meetingNone}</span>
  );
  const section = (id: string, heading: string) => (
    <h2 id={id} className="mt-10 mb-3 text-2xl font-bold">
      {heading}
    </h2>
  );

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">
        <span className="mb-1 block text-lg font-normal text-ink-muted">{d.title(r.reference)}</span>
        {r.fullName}
      </h1>
      <p className="mb-6">
        <Tag tone={r.confirmedAt ? 'green' : 'grey'}>{r.confirmedAt ? t.registrations.confirmed : t.registrations.unconfirmed}</Tag>
      </p>
      <div className="grid gap-x-12 xl:grid-cols-2">
        <section aria-labelledby="person-heading">
          {section('person-heading', d.personHeading)}
          <SummaryList
            rows={[
              { key: 'reference', label: c.reference, value: <span className="font-mono">{r.reference}</span> },
              { key: 'name', label: c.name, value: r.fullName },
              { key: 'email', label: c.email, value: <a href={`mailto:${r.email}`} className="break-all">{r.email}</a> },
              { key: 'organisation', label: c.organisation, value: r.organisation },
              { key: 'country', label: c.country, value: labels.country(r.country) },
              { key: 'type', label: c.type, value: labels.type(r.organisationType) },
            ]}
          />
        </section>
        <section aria-labelledby="interest-heading">
          {section('interest-heading', d.interestHeading)}
          <SummaryList
            rows={[
              {
                key: 'groups',
                label: c.groups,
                value: (
                  <ul>
                    {r.groups.map((g) => (
                      <li key={g}>{labels.group(g)}</li>
                    ))}
                  </ul>
                ),
              },
              { key: 'meeting', label: c.meeting, value: meeting },
              {
                key: 'contribution',
                label: c.contribution,
                value: r.contribution ? (
                  <p className="whitespace-pre-line">{r.contribution}</p>
                ) : (
                  <span className="text-ink-muted">{d.contributionNone}</span>
                ),
              },
            ]}
          />
        </section>
        <section aria-labelledby="consent-heading">
          {section('consent-heading', d.consentHeading)}
          <SummaryList
            rows={[
              { key: 'consent', label: d.consentAt, value: formatUtc(r.consentAt) },
              { key: 'privacy', label: c.privacyVersion, value: r.privacyVersion },
              {
                key: 'confirmed',
                label: d.confirmedAt,
                value: r.confirmedAt ? formatUtc(r.confirmedAt) : <span className="text-ink-muted">{d.notConfirmed}</span>,
              },
            ]}
          />
        </section>
        <section aria-labelledby="record-heading">
          {section('record-heading', d.recordHeading)}
          <SummaryList
            rows={[
              { key: 'created', label: c.registered, value: formatUtc(r.createdAt) },
              { key: 'updated', label: d.updatedAt, value: formatUtc(r.updatedAt) },
            ]}
          />
        </section>
      </div>

      <section aria-labelledby="mail-heading">
        {section('mail-heading', d.mailHeading)}
        {mail.length === 0 ? (
          <p>{d.noMail}</p>
        ) : (
          <table className="stacked-table w-full border-collapse text-left">
            <caption className="sr-only">{d.mailHeading}</caption>
            <thead>
              <tr>
                {[t.mail.columns.created, t.mail.columns.subject, t.mail.columns.status, t.mail.columns.error].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-ink px-2 py-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mail.map((m) => (
                <tr key={m.id}>
                  <td data-label={t.mail.columns.created} className="border-b border-rule px-2 py-2 whitespace-nowrap">
                    {formatUtc(m.createdAt)}
                  </td>
                  <td data-label={t.mail.columns.subject} className="border-b border-rule px-2 py-2">
                    {m.subject}
                  </td>
                  <td data-label={t.mail.columns.status} className="border-b border-rule px-2 py-2">
                    {t.mail.status[m.status]}
                  </td>
                  <td data-label={t.mail.columns.error} className="border-b border-rule px-2 py-2">
                    {m.lastError ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="erase-heading" className="mt-12 max-w-3xl border-l-8 border-danger bg-surface p-5">
        <h2 id="erase-heading" className="mb-2 text-2xl font-bold">
          {d.eraseHeading}
        </h2>
        <p className="mb-4">{d.eraseText}</p>
        <Link href={`/admin/registrations/${r.id}/erase`} prefetch={false} className="button button-warning">
          {d.eraseLink}
        </Link>
      </section>
    </>
  );
}
