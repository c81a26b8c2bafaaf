import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '@/components/admin/admin-page';
import { buttonClass } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { SummaryList } from '@/components/ui/summary-list';
import { findMeetingForAdmin, meetingOverview, previewInvitation } from '@/lib/admin/meetings';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { formatUtc } from '@/lib/admin/registrations-view';
import { adminWords } from '@/lib/admin/words';
import { requireAdmin } from '@/lib/auth/session';
import { getBodyById } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { listAttendance } from '@/lib/db/invitations';
import { getDateFormat } from '@/lib/i18n/date-format';
import { getTranslator } from '@/lib/i18n/translator';
import { bodyNames } from '@/lib/site/bodies';
import { meetingMailAction } from '../actions';
import { TableHead } from '@/components/admin/table-head';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const meeting = await findMeetingForAdmin(slug);
  return adminPageMetadata(meeting ? `${meeting.title}: ${adminWords('meetings.title')}` : adminWords('meetings.title'), `/admin/meetings/${slug}`);
}

const cell = 'border-b border-rule px-2 py-2 align-top';
const section = 'mb-10 max-w-5xl';

function doneMessage(done: string | undefined, count: number): string | null {
  switch (done) {
    case 'send':
      return adminWords('meetings.detail.done.sent', { count });
    case 'test':
      return adminWords('meetings.detail.done.test');
    case 'change':
      return adminWords('meetings.detail.done.change', { count });
    case 'outcomes':
      return adminWords('meetings.detail.done.outcomes', { count });
    case 'places':
      return adminWords('meetings.detail.done.places', { count });
    case 'refused':
      return adminWords('meetings.detail.done.refused');
    default:
      return null;
  }
}

function MailButton({ slug, step, label, kind = 'primary' }: { slug: string; step: string; label: string; kind?: 'primary' | 'secondary' }) {
  return (
    <form action={meetingMailAction}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="step" value={step} />
      <button type="submit" className={buttonClass(kind)}>
        {label}
      </button>
    </form>
  );
}

/** One meeting: announce it (preview, test, send), tell invitees of a change or of outcomes, and see and export who answered. */
export default async function MeetingAdminPage({ params, searchParams }: Props) {
  const session = await requireAdmin();
  const { slug } = await params;
  const meeting = await findMeetingForAdmin(slug);
  if (!meeting) {
    return (
      <AdminPage email={session.email} section="meetings" sectionPage={false} breadcrumbs={{ ancestors: [{ label: adminWords('meetings.title'), href: '/admin/meetings' }], current: adminWords('meetings.notFoundTitle') }}>
        <h1 className="mb-6 text-3xl font-bold">{adminWords('meetings.notFoundTitle')}</h1>
        <p className="mb-6 text-lg">{adminWords('meetings.notFound')}</p>
      </AdminPage>
    );
  }
  const db = await getDb();
  const now = new Date();
  const [overview, attendance, dates, body, preview, groupWords] = await Promise.all([
    meetingOverview(db, meeting, now),
    listAttendance(db, meeting.slug),
    getDateFormat('en'),
    getBodyById(meeting.body),
    previewInvitation(meeting, { name: session.email, address: session.email }),
    getTranslator('en', 'pages.workingGroups'),
  ]);
  const query = await searchParams;
  const message = doneMessage(typeof query.done === 'string' ? query.done : undefined, Number(query.count) || 0);
  const { change, counts } = overview;
  const columns = ['reference', 'name', 'email', 'organisation', 'answer', 'position', 'answered'] as const;

  return (
    <AdminPage email={session.email} section="meetings" sectionPage={false} breadcrumbs={{ ancestors: [{ label: adminWords('meetings.title'), href: '/admin/meetings' }], current: meeting.title }}>
      <h1 className="mb-6 text-3xl font-bold">{meeting.title}</h1>
      {message ? (
        <StatusMessage>{message}</StatusMessage>
      ) : null}

      <section aria-labelledby="facts" className={section}>
        <h2 id="facts" className="mb-3 text-2xl font-bold">
          {adminWords('meetings.detail.facts')}
        </h2>
        <SummaryList
          rows={[
            { key: 'date', label: adminWords('meetings.columns.date'), value: dates.meetingDate(meeting.date, meeting.timeZone, { status: meeting.status }) },
            { key: 'status', label: adminWords('meetings.columns.status'), value: adminWords(`meetings.status.${meeting.status}`) },
            { key: 'organiser', label: adminWords('meetings.detail.organiser'), value: body ? bodyNames(body, groupWords).name : meeting.body },
            { key: 'places', label: adminWords('meetings.columns.places'), value: meeting.capacity ?? adminWords('meetings.unlimited') },
            {
              key: 'deadline',
              label: adminWords('meetings.detail.deadline'),
              value: meeting.registrationDeadline ? dates.day(meeting.registrationDeadline, { weekday: true }) : adminWords('meetings.detail.noDeadline'),
            },
            { key: 'revision', label: adminWords('meetings.detail.revision'), value: meeting.revision },
            {
              key: 'page',
              label: adminWords('meetings.detail.publicPage'),
              value: (
                <Link href={`/meetings/${meeting.slug}`} prefetch={false}>
                  /meetings/{meeting.slug}
                </Link>
              ),
            },
          ]}
        />
      </section>

      {change ? (
        <section aria-labelledby="change" className={`${section} border-l-8 border-[#d4351c] bg-surface p-4`}>
          <h2 id="change" className="mb-3 text-2xl font-bold">
            {adminWords('meetings.detail.change')}
          </h2>
          <p className="mb-3">
            {adminWords('meetings.detail.changeSummary', {
              from: change.fromRevision,
              to: change.toRevision,
              fromStatus: change.fromStatus,
              toStatus: change.toStatus,
            })}
          </p>
          <p className="mb-4">{change.kind === 'cancel' ? adminWords('meetings.detail.changeCancel') : adminWords('meetings.detail.changeUpdate', { sequence: change.sequence })}</p>
          <MailButton slug={meeting.slug} step="change" label={adminWords('meetings.detail.sendChange', { count: overview.changeAudience })} />
        </section>
      ) : null}

      {overview.outcomesAudience !== null ? (
        <section aria-labelledby="outcomes" className={`${section} border-l-8 border-eu-blue bg-surface p-4`}>
          <h2 id="outcomes" className="mb-3 text-2xl font-bold">
            {adminWords('meetings.detail.outcomes')}
          </h2>
          <p className="mb-4">{adminWords('meetings.detail.outcomesReady')}</p>
          <MailButton slug={meeting.slug} step="outcomes" label={adminWords('meetings.detail.sendOutcomes', { count: overview.outcomesAudience })} />
        </section>
      ) : null}

      {overview.placesForWaiting > 0 ? (
        <section aria-labelledby="places" className={`${section} border-l-8 border-eu-blue bg-surface p-4`}>
          <h2 id="places" className="mb-3 text-2xl font-bold">
            {adminWords('meetings.detail.places')}
          </h2>
          <p className="mb-4">{adminWords('meetings.detail.placesFree', { count: overview.placesForWaiting })}</p>
          <MailButton slug={meeting.slug} step="places" label={adminWords('meetings.detail.givePlaces', { count: overview.placesForWaiting })} />
        </section>
      ) : null}

      <section aria-labelledby="invitation" className={section}>
        <h2 id="invitation" className="mb-3 text-2xl font-bold">
          {adminWords('meetings.detail.invitation')}
        </h2>
        {overview.canAnnounce ? (
          <>
            <p className="mb-2 text-lg font-semibold">{adminWords('meetings.detail.reach', { count: overview.reach })}</p>
            <p className="mb-4 max-w-3xl">{adminWords('meetings.detail.reachWho')}</p>
            <details className="mb-4 max-w-3xl border border-rule p-3">
              <summary className="cursor-pointer font-semibold">{adminWords('meetings.detail.preview')}</summary>
              <p className="mt-3 font-semibold break-words">{adminWords('meetings.detail.previewSubject', { subject: preview.subject })}</p>
              <pre className="mt-2 overflow-x-auto font-sans text-base break-words whitespace-pre-wrap">{preview.text}</pre>
            </details>
            <div className="flex flex-wrap gap-4">
              <MailButton slug={meeting.slug} step="test" kind="secondary" label={adminWords('meetings.detail.sendTest', { email: session.email })} />
              {overview.reach > 0 ? <MailButton slug={meeting.slug} step="send" label={adminWords('meetings.detail.send', { count: overview.reach })} /> : null}
            </div>
          </>
        ) : (
          <p className="max-w-3xl">{adminWords('meetings.detail.cannotAnnounce')}</p>
        )}
      </section>

      <section aria-labelledby="attendance" className="mb-10">
        <h2 id="attendance" className="mb-3 text-2xl font-bold">
          {adminWords('meetings.detail.attendance')}
        </h2>
        {attendance.length === 0 ? (
          <p>{adminWords('meetings.detail.noAnswers')}</p>
        ) : (
          <>
            <p className="mb-3">{adminWords('meetings.detail.counts', counts)}</p>
            <p className="mb-4">
              <a href={`/admin/meetings/${meeting.slug}/attendance.csv`} download>
                {adminWords('meetings.detail.export')}
              </a>
            </p>
            <table className="stacked-table w-full border-collapse text-left">
              <caption className="mb-2 text-left text-lg font-bold">{adminWords('meetings.detail.attendanceCaption')}</caption>
              <TableHead columns={columns.map((c) => adminWords(`meetings.detail.columns.${c}`))} />
              <tbody>
                {attendance.map((a) => (
                  <tr key={a.invitationId}>
                    <td data-label={adminWords('meetings.detail.columns.reference')} className={cell}>
                      <Link href={`/admin/registrations/${a.registrationId}`} prefetch={false}>
                        {a.reference}
                      </Link>
                    </td>
                    <td data-label={adminWords('meetings.detail.columns.name')} className={cell}>
                      {a.fullName}
                    </td>
                    <td data-label={adminWords('meetings.detail.columns.email')} className={`${cell} break-all`}>
                      {a.email}
                    </td>
                    <td data-label={adminWords('meetings.detail.columns.organisation')} className={cell}>
                      {a.organisation}
                    </td>
                    <td data-label={adminWords('meetings.detail.columns.answer')} className={cell}>
                      {adminWords(`meetings.detail.answers.${a.answer ?? 'none'}`)}
                    </td>
                    <td data-label={adminWords('meetings.detail.columns.position')} className={cell}>
                      {a.waitingPosition ?? ''}
                    </td>
                    <td data-label={adminWords('meetings.detail.columns.answered')} className={`${cell} whitespace-nowrap`}>
                      {a.answeredAt ? formatUtc(a.answeredAt) : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </AdminPage>
  );
}
