import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleField } from '@/components/language/locale-field';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusMessage } from '@/components/ui/status-message';
import { SummaryList } from '@/components/ui/summary-list';
import { Link } from '@/i18n/navigation';
import { getDb } from '@/lib/db/client';
import { getDateFormat } from '@/lib/i18n/date-format';
import { requestLogger } from '@/lib/log';
import { readAttendance, type AttendanceView } from '@/lib/participation/attendance';
import { ATTENDANCE_PATH } from '@/lib/participation/mailings';
import type { PageSearchParams } from '@/lib/site/search-params';
import { answerAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participation.attendance');
  return { title: t('title'), description: t('description'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

const SAVED = ['attending', 'waiting', 'declined', 'unchanged'] as const;
const PROBLEMS = ['closed', 'cancelled', 'invalid', 'gone', 'failed'] as const;

/**
 * "I will attend" / "I cannot attend" from an invitation (S-INVITE-1, S-INVITE-2). The GET only reads (a
 * mail scanner following the link answers nothing): it shows the meeting, the answer stored and the
 * buttons, the chosen one first. Only a button's POST stores an answer; the page then says what happened.
 */
export default async function AttendancePage({ searchParams }: { searchParams: PageSearchParams }) {
  const locale = await getLocale();
  const [t, dates] = await Promise.all([getTranslations('participation.attendance'), getDateFormat(locale)]);
  const { token, answer, saved } = await searchParams;
  let view: AttendanceView | { state: 'failed' };
  try {
    view = await readAttendance(await getDb(), token, new Date(), locale);
  } catch (error) {
    (await requestLogger('participation')).error({ err: error }, 'an attendance link check failed');
    view = { state: 'failed' };
  }
  const savedOutcome = typeof saved === 'string' ? saved : null;

  if (!('invitation' in view)) {
    return (
      <PageLayout breadcrumbs={{ current: t('title') }}>
        <PageHeading>{t('title')}</PageHeading>
        <p className="mb-6 max-w-3xl text-lg" role="status">
          {t(view.state)}
        </p>
      </PageLayout>
    );
  }

  const { invitation, meeting } = view;
  const position = view.waitingPosition ?? 0;
  const current = invitation.answer === 'waiting' ? t('waiting', { position }) : t(invitation.answer ?? 'none');
  const chosen = answer === 'decline' ? 'decline' : 'attend';
  // Unanswered: both answers, the one chosen in the mail first. Answered: the one way to change it.
  const order =
    invitation.answer === 'attending' || invitation.answer === 'waiting'
      ? (['decline'] as const)
      : invitation.answer === 'declined'
        ? (['attend'] as const)
        : chosen === 'attend'
          ? (['attend', 'decline'] as const)
          : (['decline', 'attend'] as const);
  let message: string | null = null;
  if (savedOutcome && (SAVED as readonly string[]).includes(savedOutcome)) {
    message = savedOutcome === 'waiting' ? t('saved.waiting', { position }) : t(`saved.${savedOutcome as (typeof SAVED)[number]}`);
  } else if (savedOutcome && (PROBLEMS as readonly string[]).includes(savedOutcome)) {
    message = t(savedOutcome as (typeof PROBLEMS)[number]);
  }

  return (
    <PageLayout path={ATTENDANCE_PATH} breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      {message ? (
        <StatusMessage>{message}</StatusMessage>
      ) : null}
      <SummaryList
        className="mb-6 max-w-3xl"
        rows={[
          {
            key: 'meeting',
            label: t('meeting'),
            value: (
              <Link href={`/meetings/${meeting.slug}`} lang={meeting.locale === locale ? undefined : meeting.locale}>
                {meeting.title}
              </Link>
            ),
          },
          { key: 'when', label: t('when'), value: dates.meetingDate(meeting.date, meeting.timeZone, { status: meeting.status }) },
          { key: 'answer', label: t('current'), value: current },
        ]}
      />
      {view.state === 'ready' ? (
        <>
          {!savedOutcome ? <p className="mb-4 max-w-3xl text-lg">{order[0] === 'attend' ? t('confirmAttend') : t('confirmDecline')}</p> : null}
          {view.full && invitation.answer !== 'attending' ? <p className="mb-4 max-w-3xl">{t('full')}</p> : null}
          <form action={answerAction} className="mb-6 flex flex-wrap gap-4">
            <LocaleField />
            <input type="hidden" name="token" value={typeof token === 'string' ? token : ''} />
            {order.map((choice, i) => (
              <button key={choice} type="submit" name="choice" value={choice} className={buttonClass(i === 0 ? 'primary' : 'secondary')}>
                {t(choice)}
              </button>
            ))}
          </form>
          {meeting.registrationDeadline ? (
            <p className="max-w-3xl text-ink-muted">{t('answerBy', { deadline: dates.day(meeting.registrationDeadline) })}</p>
          ) : null}
        </>
      ) : (
        <p className="mb-6 max-w-3xl text-lg" role={message ? undefined : 'status'}>
          {t(view.state)}
        </p>
      )}
    </PageLayout>
  );
}
