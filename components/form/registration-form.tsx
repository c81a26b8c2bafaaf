'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { LOCALE_FIELD } from '@/lib/i18n/form-locale';
import { CONSENT_VALUE, HONEYPOT_FIELD } from '@/lib/registration/form-data';
import type { RegistrationFormState } from '@/lib/registration/form-state';
import { CONTRIBUTION_MAX_LENGTH, REGISTRATION_FIELDS, type RegistrationFormValues } from '@/lib/registration/fields';
import { ORGANISATION_TYPES } from '@/lib/registration/options';
import { ErrorSummary } from './error-summary';
import { Choice, controlClass, describedBy, Field, FieldsetGroup } from './fields';

/** One choice of a list, labelled in the page's language; `lang` marks content shown untranslated. */
export type Option = { value: string; label: string; lang?: string };

export interface RegistrationFormProps {
  /** The Server Action the form posts to: the interest form's, or the manage page's. */
  action: (previous: RegistrationFormState, formData: FormData) => Promise<RegistrationFormState>;
  /**
   * The manage page's form (rectification): the address is shown, not asked (it identifies the
   * registration), there is no consent box (consent stands) and no honeypot; the link's token goes along,
   * and the language of the mail can be changed.
   */
  edit?: { token: string; email: string; languages: Option[] };
  /** Working groups, by number, labelled "Working Group 1: …". */
  groups: Option[];
  meetings: Option[];
  /** Countries by region, named in the page's language (Intl), in its alphabetical order. */
  countries: { eu: Option[]; eea: Option[]; other: Option };
  initialValues: RegistrationFormValues;
  /** The privacy statement in the page's language. */
  privacyHref: string;
  /** The page's full <title>; rendered here so that it can say "Error: " with and without JavaScript. */
  documentTitle: string;
}

/**
 * The interest form (S-FORM) and the manage page's form to change a registration. Its words come from the
 * catalogue parts in REGISTRATION_FORM_MESSAGES, its choices' labels from the server; every message it
 * shows after a post comes from the server in the page's language. The form posts the page's language
 * (a hidden field: a Server Action cannot read it from the URL).
 */
export function RegistrationForm({ action, edit, groups, meetings, countries, initialValues, privacyHref, documentTitle }: RegistrationFormProps) {
  const t = useTranslations('form');
  const locale = useLocale();
  const initial: RegistrationFormState = { status: 'idle', values: initialValues, fieldErrors: {}, formError: null };
  const [state, formAction, pending] = useActionState(action, initial);
  const { values, fieldErrors: errors } = state;
  const summary = [
    ...(state.formError ? [{ message: state.formError }] : []),
    // Each field's id is its control's, or its first choice's, so every link lands on something focusable.
    ...REGISTRATION_FIELDS.flatMap((f) => {
      const message = errors[f];
      return message ? [{ href: f, message }] : [];
    }),
  ];
  const hasErrors = summary.length > 0;
  const prefix = t('controls.errorTitlePrefix');
  const option = (o: Option) => (
    <option key={o.value} value={o.value} lang={o.lang}>
      {o.label}
    </option>
  );

  return (
    <>
      <title>{hasErrors ? `${prefix}${documentTitle}` : documentTitle}</title>
      {hasErrors ? <ErrorSummary title={t('controls.errorSummaryTitle')} items={summary} focusKey={state} /> : null}
      {/* A new key per answer re-mounts the controls, so each shows exactly the values sent back. */}
      <form action={formAction} noValidate key={JSON.stringify(values)} className="max-w-3xl">
        <input type="hidden" name={LOCALE_FIELD} value={locale} />
        <Field id="fullName" label={t('fields.fullName.label')} error={errors.fullName} errorPrefix={prefix}>
          <input
            id="fullName"
            name="fullName"
            type="text"
            autoComplete="name"
            spellCheck={false}
            defaultValue={values.fullName}
            aria-describedby={describedBy('fullName', false, errors.fullName)}
            aria-invalid={errors.fullName ? true : undefined}
            className={controlClass()}
          />
        </Field>

        {edit ? (
          <div className="mb-6">
            <input type="hidden" name="token" value={edit.token} />
            <p className="mb-1 text-lg font-bold">{t('edit.emailFixed')}</p>
            <p className="mb-1 break-words">{edit.email}</p>
            <p className="text-ink-muted">{t('edit.emailFixedHint')}</p>
          </div>
        ) : (
          <Field id="email" label={t('fields.email.label')} hint={t('fields.email.hint')} error={errors.email} errorPrefix={prefix}>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              defaultValue={values.email}
              aria-describedby={describedBy('email', true, errors.email)}
              aria-invalid={errors.email ? true : undefined}
              className={controlClass()}
            />
          </Field>
        )}

        <Field id="organisation" label={t('fields.organisation.label')} error={errors.organisation} errorPrefix={prefix}>
          <input
            id="organisation"
            name="organisation"
            type="text"
            autoComplete="organization"
            defaultValue={values.organisation}
            aria-describedby={describedBy('organisation', false, errors.organisation)}
            aria-invalid={errors.organisation ? true : undefined}
            className={controlClass()}
          />
        </Field>

        <Field id="country" label={t('fields.country.label')} error={errors.country} errorPrefix={prefix}>
          <select
            id="country"
            name="country"
            defaultValue={values.country}
            aria-describedby={describedBy('country', false, errors.country)}
            aria-invalid={errors.country ? true : undefined}
            className={controlClass()}
          >
            <option value="">{t('fields.country.choose')}</option>
            <optgroup label={t('fields.country.groupEu')}>{countries.eu.map(option)}</optgroup>
            <optgroup label={t('fields.country.groupEea')}>{countries.eea.map(option)}</optgroup>
            <optgroup label={t('fields.country.groupOther')}>{option(countries.other)}</optgroup>
          </select>
        </Field>

        <FieldsetGroup id="organisationType" legend={t('fields.organisationType.label')} error={errors.organisationType} errorPrefix={prefix}>
          {ORGANISATION_TYPES.map((type, i) => (
            <Choice
              key={type}
              id={i === 0 ? 'organisationType' : `organisationType-${type}`}
              type="radio"
              name="organisationType"
              value={type}
              defaultChecked={values.organisationType === type}
              invalid={Boolean(errors.organisationType)}
            >
              {t(`organisationTypes.${type}`)}
            </Choice>
          ))}
        </FieldsetGroup>

        <FieldsetGroup id="groups" legend={t('fields.groups.legend')} hint={t('fields.groups.hint')} error={errors.groups} errorPrefix={prefix}>
          {groups.map((g, i) => (
            <Choice
              key={g.value}
              id={i === 0 ? 'groups' : `groups-${g.value}`}
              type="checkbox"
              name="groups"
              value={g.value}
              defaultChecked={values.groups.includes(g.value)}
              invalid={Boolean(errors.groups)}
            >
              {g.lang ? <span lang={g.lang}>{g.label}</span> : g.label}
            </Choice>
          ))}
        </FieldsetGroup>

        <Field id="meeting" label={t('fields.meeting.label')} hint={t('fields.meeting.hint')} error={errors.meeting} errorPrefix={prefix}>
          <select
            id="meeting"
            name="meeting"
            defaultValue={meetings.some((m) => m.value === values.meeting) ? values.meeting : ''}
            aria-describedby={describedBy('meeting', true, errors.meeting)}
            aria-invalid={errors.meeting ? true : undefined}
            className={controlClass()}
          >
            <option value="">{t('fields.meeting.none')}</option>
            {meetings.map(option)}
          </select>
        </Field>

        <Field
          id="contribution"
          label={t('fields.contribution.label')}
          hint={t('fields.contribution.hint', { max: CONTRIBUTION_MAX_LENGTH })}
          error={errors.contribution}
          errorPrefix={prefix}
        >
          <textarea
            id="contribution"
            name="contribution"
            rows={6}
            defaultValue={values.contribution}
            aria-describedby={describedBy('contribution', true, errors.contribution)}
            aria-invalid={errors.contribution ? true : undefined}
            className={controlClass(true)}
          />
        </Field>

        {edit ? (
          <Field id="language" label={t('fields.language.label')} hint={t('fields.language.hint')} error={errors.language} errorPrefix={prefix}>
            <select
              id="language"
              name="language"
              defaultValue={values.language}
              aria-describedby={describedBy('language', true, errors.language)}
              aria-invalid={errors.language ? true : undefined}
              className={controlClass()}
            >
              {edit.languages.map(option)}
            </select>
          </Field>
        ) : (
          <>
            {/* The mail is written in the page's language: the language is the one the registrant reads. */}
            <input type="hidden" name="language" value={locale} />
            <FieldsetGroup id="consent" legend={t('fields.consent.legend')} error={errors.consent} errorPrefix={prefix}>
              <Choice id="consent" type="checkbox" name="consent" value={CONSENT_VALUE} defaultChecked={values.consent} invalid={Boolean(errors.consent)}>
                {t.rich('fields.consent.label', { link: (text) => <a href={privacyHref}>{text}</a> })}
              </Choice>
            </FieldsetGroup>

            {/* Honeypot: invisible to people and to assistive technology; a bot that fills it is dropped. */}
            <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
              <label htmlFor={HONEYPOT_FIELD}>{t('fields.honeypot')}</label>
              <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
          </>
        )}

        <button type="submit" disabled={pending} aria-disabled={pending || undefined} className="button">
          {edit ? (pending ? t('edit.saving') : t('edit.save')) : pending ? t('controls.pending') : t('controls.submit')}
        </button>
      </form>
    </>
  );
}
