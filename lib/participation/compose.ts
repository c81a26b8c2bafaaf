import { headerSafeName, type ComposedMail } from '@/lib/mail/compose';
import type { Translate } from '@/lib/i18n/translator';

/**
 * Participation mail (S-INVITE) as pure functions, in the recipient's language (`t` is their
 * `participation.mail` messages): what is composed here is what is queued. Every message names the meeting
 * as it stands, says why it came, and ends with the manage link (S-FORM-8) and a visible unsubscribe link
 * (S-INVITE-4), whose one-click twin goes into the headers (lib/mail/extras.ts).
 */
export type ParticipationWords = Translate<'participation.mail'>;

export type ParticipationMailKind = 'invitation' | 'reminder' | 'change' | 'cancel' | 'outcomes' | 'promoted';

/** The meeting as the mail shows it, already in the recipient's language. */
export type MeetingLines = {
  title: string;
  /** "Tuesday, 27 October 2086, 09:30 to 11:00 Brussels time (CET)". */
  when: string;
  where?: string;
  onlineUrl?: string;
  organiser: string;
  pageUrl: string;
};

export type ParticipationLinks = {
  attendUrl: string;
  declineUrl: string;
  manageUrl: string;
  unsubscribeUrl: string;
  outcomesUrl?: string;
};

export type ParticipationMailInput = {
  kind: ParticipationMailKind;
  to: { name: string; address: string };
  meeting: MeetingLines;
  links: ParticipationLinks;
  /** The last day answers are taken, already written out; undefined: until the meeting. */
  answerBy?: string;
  /** Places at the meeting (invitation only), when limited. */
  places?: number;
  /** Days until the meeting (reminder only). */
  daysBefore?: number;
  /** The meeting is postponed (change notice). */
  postponed?: boolean;
  /** Whether a calendar file goes with the mail, and what it does. */
  calendar?: 'attached' | 'update' | 'cancel';
};

function meetingLines(m: MeetingLines, t: ParticipationWords, cancelled: boolean): string[] {
  return [
    m.title,
    t('when', { when: m.when }),
    ...(m.where ? [t('where', { where: m.where })] : []),
    // A cancelled meeting carries no joining link (the rule of its page and calendar).
    ...(m.onlineUrl && !cancelled ? [t('online', { url: m.onlineUrl })] : []),
    t('organiser', { body: m.organiser }),
    t('meetingPage', { url: m.pageUrl }),
  ];
}

function answerLines(input: ParticipationMailInput, t: ParticipationWords): string[] {
  return [
    t('attendIntro'),
    t('attendLink', { url: input.links.attendUrl }),
    t('declineLink', { url: input.links.declineUrl }),
    input.answerBy ? t('answerBy', { deadline: input.answerBy }) : t('answerAnyTime'),
  ];
}

function calendarLine(calendar: ParticipationMailInput['calendar'], t: ParticipationWords): string[] {
  if (calendar === 'attached') return ['', t('calendarAttached')];
  if (calendar === 'update') return ['', t('calendarUpdate')];
  if (calendar === 'cancel') return ['', t('calendarCancel')];
  return [];
}

/** One participation mail: subject and plain text, to one person. */
export function composeParticipationMail(input: ParticipationMailInput, t: ParticipationWords): ComposedMail {
  const name = headerSafeName(input.to.name);
  const { kind, meeting, links } = input;
  let body: string[];
  switch (kind) {
    case 'invitation':
      body = [t('invitation.intro'), '', ...meetingLines(meeting, t, false), '', ...(input.places ? [t('places', { places: input.places }), ''] : []), ...answerLines(input, t)];
      break;
    case 'reminder':
      body = [t('reminder.intro', { days: input.daysBefore ?? 0 }), '', ...meetingLines(meeting, t, false), '', t('reminder.cannotAttend', { url: links.declineUrl })];
      break;
    case 'change':
      body = [t('change.intro'), ...(input.postponed ? ['', t('change.postponed')] : []), '', ...meetingLines(meeting, t, false), '', t('change.answerKept', { url: links.declineUrl })];
      break;
    case 'cancel':
      body = [t('cancel.intro'), '', ...meetingLines(meeting, t, true)];
      break;
    case 'outcomes':
      body = [t('outcomes.intro'), links.outcomesUrl ?? meeting.pageUrl, '', ...meetingLines(meeting, t, false)];
      break;
    case 'promoted':
      body = [t('promoted.intro'), '', ...meetingLines(meeting, t, false), '', t('promoted.cannotAttend', { url: links.declineUrl })];
      break;
  }
  const text = [
    t('greeting', { name }),
    '',
    ...body,
    ...calendarLine(input.calendar, t),
    '',
    t('signOff'),
    '',
    '--',
    t('why'),
    t('manage', { url: links.manageUrl }),
    t('unsubscribe', { url: links.unsubscribeUrl }),
    '',
  ].join('\n');
  return { to: { name, address: input.to.address }, subject: t(`${kind}.subject`, { title: meeting.title.replace(/[\r\n]+/g, ' ') }), text };
}
