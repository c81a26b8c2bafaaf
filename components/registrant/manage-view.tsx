import { getLocale, getTranslations } from 'next-intl/server';
import { confirmFromManageAction, applyChangeFromManageAction, meetingMailFromManageAction, updateDetailsAction } from '@/app/[locale]/registration/manage/actions';
import { REGISTRATION_FORM_MESSAGES } from '@/components/form/client-namespaces';
import { RegistrationForm } from '@/components/form/registration-form';
import { ClientMessages } from '@/components/language/client-messages';
import { LocaleField } from '@/components/language/locale-field';
import { PageLayout } from '@/components/layout/page-layout';
import { buttonClass } from '@/components/ui/button';
import { PageHeading, SectionHeading } from '@/components/ui/page-heading';
import { Link, localizedPath } from '@/i18n/navigation';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { getDateFormat } from '@/lib/i18n/date-format';
import { isLocale } from '@/lib/i18n/locales';
import { autonym } from '@/lib/i18n/names';
import { MANAGE_PATH, tokenPath, WITHDRAW_PATH } from '@/lib/mail/links';
import { describeDetails } from '@/lib/registrant/describe';
import type { ManageView as View } from '@/lib/registrant/manage';
import { getFormOptions } from '@/lib/registration/form-options';
import { confirmationDays } from '@/lib/retention/policy';
import { getDb } from '@/lib/db/client';
import { getSiteKey } from '@/lib/db/site-keys';
import { ATTENDANCE_PATH } from '@/lib/participation/mailings';
import { signParticipationToken } from '@/lib/participation/tokens';
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

/**
 * Everything stored about a registrant, and what they can do with it (S-FORM-8), in the page's language;
 * the language of the mail sent to them is one of the things stored, and can be changed.
 */
export async function ManageView({ view, token, expiresAt, done, now, documentTitle }: Props) {
  const locale = await getLocale();
  const [t, v, p, dates] = await Promise.all([
    getTranslations('registrant'),
    getTranslations('registrant.view'),
    getTranslations('participation.manage'),
    getDateFormat(locale),
  ]);
  const participationKey = view.invitations.length > 0 ? await getSiteKey(await getDb(), 'participation') : null;
  const r = view.registration;
  // The meeting already chosen is offered even once it has passed, so saving never drops it silently.
  const [labels, options] = await Promise.all([getRegistrationLabels(now, locale), getFormOptions(locale, now, r.meetingSlug)]);
  const notices: Record<string, string> = {
    saved: v('saved'),
    confirmed: v('confirmed'),
    applied: v('applied'),
    'not-applied': v('notApplied'),
    failed: t('outcome.failed'),
    'meeting-mail-stopped': p('stopped'),
    'meeting-mail-resumed': p('resumed'),
  };
  const notice = done ? notices[done] : undefined;
  const instant = dates.instant;
  const mailStatus = (status: 'pending' | 'sent' | 'failed') => v(`mailStatus.${status}`);

  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: t('manage.title'), href: MANAGE_PATH }], current: v('title') }}>
      <PageHeading>{v('title')}</PageHeading>
      {notice ? (
        <p role="status" className="mb-6 max-w-3xl border-l-8 border-green-700 bg-green-50 p-4 text-lg font-semibold">
          {notice}
        </p>
      ) : null}
      <p className="mb-6 max-w-3xl text-lg">{v('intro')}</p>

      <SectionHeading id="held">{v('held')}</SectionHeading>
      <Summary
        rows={[
          { label: v('fields.reference'), value: r.reference },
          ...describeDetails(r, labels, v),
          { label: v('fields.language'), value: isLocale(r.language) ? autonym(r.language) : r.language },
          { label: v('fields.confirmed'), value: r.confirmedAt ? v('yes', { when: instant(r.confirmedAt) }) : v('no') },
          { label: v('fields.consent'), value: instant(r.consentAt) },
          { label: v('fields.privacyVersion'), value: r.privacyVersion },
          { label: v('fields.created'), value: instant(r.createdAt) },
          { label: v('fields.updated'), value: instant(r.updatedAt) },
        ]}
      />
      {r.confirmedAt ? null : (
        <form action={confirmFromManageAction} className="mb-6">
          <LocaleField />
          <input type="hidden" name="token" value={token} />
          <button type="submit" className={buttonClass()}>
            {v('confirmButton')}
          </button>
        </form>
      )}

      {view.changes.length > 0 ? (
        <>
          <SectionHeading id="changes">{v('changesHeading')}</SectionHeading>
          <p className="mb-4 max-w-3xl">{v('changesIntro', { days: confirmationDays(runningRetention()) })}</p>
          {view.changes.map((change) => (
            <section key={change.id} aria-labelledby={`change-${change.reference}`} className="mb-6">
              <h3 id={`change-${change.reference}`} className="mb-2 text-lg font-bold">
                {v('changeCaption', { reference: change.reference, until: instant(change.expiresAt) })}
              </h3>
              <Summary rows={describeDetails(change, labels, v)} />
              <form action={applyChangeFromManageAction}>
                <LocaleField />
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="change" value={change.id} />
                <button type="submit" className={buttonClass()}>
                  {v('applyButton', { reference: change.reference })}
                </button>
              </form>
            </section>
          ))}
        </>
      ) : null}

      <SectionHeading id="meetings">{p('heading')}</SectionHeading>
      {view.invitations.length === 0 ? (
        <p className="mb-4">{p('none')}</p>
      ) : (
        <ul className="mb-4 max-w-3xl divide-y divide-rule border-y border-rule">
          {view.invitations.map((i) => (
            <li key={i.id} className="py-3">
              <p className="font-bold">{labels.meeting(i.meetingSlug)}</p>
              <p className="text-ink-muted">
                {p(`answer.${i.answer ?? 'none'}`)} ({p('invitedOn', { date: instant(i.invitedAt) })})
              </p>
              {participationKey ? (
                <p>
                  <Link href={`${ATTENDANCE_PATH}?${new URLSearchParams({ token: signParticipationToken(participationKey, 'attend', i.id) }).toString()}`}>
                    {p('change')}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mb-3 max-w-3xl">{view.meetingMailStoppedAt ? p('mailOff', { date: instant(view.meetingMailStoppedAt) }) : p('mailOn')}</p>
      <form action={meetingMailFromManageAction} className="mb-6">
        <LocaleField />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="meetingMail" value={view.meetingMailStoppedAt ? 'resume' : 'stop'} />
        <button type="submit" className={buttonClass('secondary')}>
          {view.meetingMailStoppedAt ? p('resume') : p('stop')}
        </button>
      </form>

      <SectionHeading id="mail">{v('mailHeading')}</SectionHeading>
      {view.mail.length === 0 ? (
        <p className="mb-6">{v('noMail')}</p>
      ) : (
        <ul className="mb-6 max-w-3xl divide-y divide-rule border-y border-rule">
          {view.mail.map((m) => (
            <li key={m.id} className="py-3">
              <p className="font-bold break-words">{m.subject}</p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-ink-muted">
                <dt>{v('mailColumns.to')}</dt>
                <dd className="break-all">{m.toAddress}</dd>
                <dt>{v('mailColumns.queued')}</dt>
                <dd>{instant(m.createdAt)}</dd>
                <dt>{v('mailColumns.status')}</dt>
                <dd>{mailStatus(m.status)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}

      <SectionHeading id="change-details">{v('editHeading')}</SectionHeading>
      <ClientMessages namespaces={REGISTRATION_FORM_MESSAGES}>
        <RegistrationForm
          action={updateDetailsAction}
          edit={{ token, email: r.email, languages: options.languages }}
          groups={options.groups}
          meetings={options.meetings}
          countries={options.countries}
          initialValues={{
          fullName: r.fullName,
          email: r.email,
          organisation: r.organisation,
          country: r.country,
          organisationType: r.organisationType,
          groups: r.groups,
          meeting: r.meetingSlug ?? '',
          contribution: r.contribution ?? '',
          language: r.language,
          consent: true,
        }}
          privacyHref={localizedPath('/privacy', locale)}
          documentTitle={documentTitle}
        />
      </ClientMessages>

      <SectionHeading id="download">{v('downloadHeading')}</SectionHeading>
      <p className="mb-2 max-w-3xl">{v('downloadText')}</p>
      <p className="mb-6">
        <a href={tokenPath(localizedPath(`${MANAGE_PATH}/data.json`, locale), token)} download>
          {v('download')}
        </a>
      </p>

      <SectionHeading id="withdraw">{v('withdrawHeading')}</SectionHeading>
      <p className="mb-2 max-w-3xl">{v('withdrawText')}</p>
      <p className="mb-8">
        <Link href={tokenPath(WITHDRAW_PATH, token)}>
          {v('withdrawLink')}
        </Link>
      </p>
      <p className="max-w-3xl text-ink-muted">{v('linkExpires', { when: instant(expiresAt) })}</p>
    </PageLayout>
  );
}
