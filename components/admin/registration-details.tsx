import Link from 'next/link';
import type { RegistrationDetail } from '@/lib/admin/registration-detail';
import { formatUtc } from '@/lib/admin/registrations-view';
import { adminWords } from '@/lib/admin/words';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { languageName } from '@/lib/i18n/names';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { TableHead } from '@/components/admin/table-head';

/**
 * Everything stored about one registration, grouped as the secretariat reads it: the person, their
 * interest (groups, meeting, what they wrote), consent and confirmation, the mail sent to them, and the
 * record's dates; then the way to erase it.
 */
export function RegistrationDetails({ detail }: { detail: RegistrationDetail }) {
  const { registration: r, labels, mail, invitations } = detail;
  const meeting = r.meetingSlug ? (
    labels.hasMeeting(r.meetingSlug) ? (
      <Link href={`/meetings/${r.meetingSlug}`}>{labels.meeting(r.meetingSlug)}</Link>
    ) : (
      adminWords('detail.meetingUnknown', { slug: r.meetingSlug })
    )
  ) : (
    <span className="text-ink-muted">{adminWords('detail.meetingNone')}</span>
  );
  const section = (id: string, heading: string) => (
    <h2 id={id} className="mt-10 mb-3 text-2xl font-bold">
      {heading}
    </h2>
  );

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">
        <span className="mb-1 block text-lg font-normal text-ink-muted">{adminWords('detail.title', { reference: r.reference })}</span>
        {r.fullName}
      </h1>
      <p className="mb-6">
        <Tag tone={r.confirmedAt ? 'green' : 'grey'}>{r.confirmedAt ? adminWords('registrations.confirmed') : adminWords('registrations.unconfirmed')}</Tag>
      </p>
      <div className="grid gap-x-12 xl:grid-cols-2">
        <section aria-labelledby="person-heading">
          {section('person-heading', adminWords('detail.personHeading'))}
          <SummaryList
            rows={[
              { key: 'reference', label: adminWords('registrations.columns.reference'), value: <span className="font-mono">{r.reference}</span> },
              { key: 'name', label: adminWords('registrations.columns.name'), value: r.fullName },
              { key: 'email', label: adminWords('registrations.columns.email'), value: <a href={`mailto:${r.email}`} className="break-all">{r.email}</a> },
              { key: 'organisation', label: adminWords('registrations.columns.organisation'), value: r.organisation },
              { key: 'country', label: adminWords('registrations.columns.country'), value: labels.country(r.country) },
              { key: 'type', label: adminWords('registrations.columns.type'), value: labels.type(r.organisationType) },
            ]}
          />
        </section>
        <section aria-labelledby="interest-heading">
          {section('interest-heading', adminWords('detail.interestHeading'))}
          <SummaryList
            rows={[
              {
                key: 'groups',
                label: adminWords('registrations.columns.groups'),
                value: (
                  <ul>
                    {r.groups.map((g) => (
                      <li key={g}>{labels.group(g)}</li>
                    ))}
                  </ul>
                ),
              },
              { key: 'meeting', label: adminWords('registrations.columns.meeting'), value: meeting },
              {
                key: 'contribution',
                label: adminWords('registrations.columns.contribution'),
                value: r.contribution ? (
                  <p className="whitespace-pre-line">{r.contribution}</p>
                ) : (
                  <span className="text-ink-muted">{adminWords('detail.contributionNone')}</span>
                ),
              },
              {
                key: 'language',
                label: adminWords('detail.language'),
                value: isLocale(r.language) ? `${languageName(r.language, DEFAULT_LOCALE)} (${r.language})` : r.language,
              },
            ]}
          />
        </section>
        <section aria-labelledby="consent-heading">
          {section('consent-heading', adminWords('detail.consentHeading'))}
          <SummaryList
            rows={[
              { key: 'consent', label: adminWords('detail.consentAt'), value: formatUtc(r.consentAt) },
              { key: 'privacy', label: adminWords('registrations.columns.privacyVersion'), value: r.privacyVersion },
              {
                key: 'confirmed',
                label: adminWords('detail.confirmedAt'),
                value: r.confirmedAt ? formatUtc(r.confirmedAt) : <span className="text-ink-muted">{adminWords('detail.notConfirmed')}</span>,
              },
            ]}
          />
        </section>
        <section aria-labelledby="meetings-heading">
          {section('meetings-heading', adminWords('detail.meetingsHeading'))}
          <SummaryList
            rows={[
              ...invitations.map((i) => ({
                key: i.id,
                label: labels.meeting(i.meetingSlug),
                value: `${adminWords(`meetings.detail.answers.${i.answer ?? 'none'}`)} (${adminWords('detail.invitedAt', { when: formatUtc(i.invitedAt) })})`,
              })),
              {
                key: 'meeting-mail',
                label: adminWords('detail.meetingMail'),
                value: detail.meetingMailStoppedAt ? adminWords('detail.meetingMailStopped', { when: formatUtc(detail.meetingMailStoppedAt) }) : adminWords('detail.meetingMailOn'),
              },
            ]}
          />
        </section>
        <section aria-labelledby="record-heading">
          {section('record-heading', adminWords('detail.recordHeading'))}
          <SummaryList
            rows={[
              { key: 'created', label: adminWords('registrations.columns.registered'), value: formatUtc(r.createdAt) },
              { key: 'updated', label: adminWords('detail.updatedAt'), value: formatUtc(r.updatedAt) },
            ]}
          />
        </section>
      </div>

      <section aria-labelledby="mail-heading">
        {section('mail-heading', adminWords('detail.mailHeading'))}
        {mail.length === 0 ? (
          <p>{adminWords('detail.noMail')}</p>
        ) : (
          <table className="stacked-table w-full border-collapse text-left">
            <caption className="sr-only">{adminWords('detail.mailHeading')}</caption>
            <TableHead columns={[adminWords('mail.columns.created'), adminWords('mail.columns.subject'), adminWords('mail.columns.status'), adminWords('mail.columns.error')]} />
            <tbody>
              {mail.map((m) => (
                <tr key={m.id}>
                  <td data-label={adminWords('mail.columns.created')} className="border-b border-rule px-2 py-2 whitespace-nowrap">
                    {formatUtc(m.createdAt)}
                  </td>
                  <td data-label={adminWords('mail.columns.subject')} className="border-b border-rule px-2 py-2">
                    {m.subject}
                  </td>
                  <td data-label={adminWords('mail.columns.status')} className="border-b border-rule px-2 py-2">
                    {adminWords(`mail.status.${m.status}`)}
                  </td>
                  <td data-label={adminWords('mail.columns.error')} className="border-b border-rule px-2 py-2">
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
          {adminWords('detail.eraseHeading')}
        </h2>
        <p className="mb-4">{adminWords('detail.eraseText')}</p>
        <Link href={`/admin/registrations/${r.id}/erase`} prefetch={false} className="button button-warning">
          {adminWords('detail.eraseLink')}
        </Link>
      </section>
    </>
  );
}
