'use client';

import { useActionState } from 'react';
import { getMessages } from '@/lib/i18n';
import { CONSENT_VALUE, HONEYPOT_FIELD } from '@/lib/registration/form-data';
import type { RegistrationFormState } from '@/lib/registration/form-state';
import { EEA_COUNTRIES, EU_COUNTRIES, ORGANISATION_TYPES, OTHER_COUNTRY } from '@/lib/registration/options';
import { REGISTRATION_FIELDS, type RegistrationFormValues } from '@/lib/registration/schema';
import { ErrorSummary } from './error-summary';
import { Choice, controlClass, describedBy, Field, FieldsetGroup } from './fields';

export interface RegistrationFormProps {
  /** The Server Action the form posts to: the interest form's, or the manage page's. */
  action: (previous: RegistrationFormState, formData: FormData) => Promise<RegistrationFormState>;
  /**
   * The manage page's form (rectification): the address is shown, not asked (it identifies the
   * registration), there is no consent box (consent stands) and no honeypot; the link's token goes along.
   */
  edit?: { token: string; email: string };
  groups: { id: string; number: number; title: string }[];
  meetings: { slug: string; title: string }[];
  initialValues: RegistrationFormValues;
  privacyHref: string;
  /** The page's full <title>; rendered here so that it can say "Error: " with and without JavaScript. */
  documentTitle: string;
}

export function RegistrationForm({ action, edit, groups, meetings, initialValues, privacyHref, documentTitle }: RegistrationFormProps) {
  const t = getMessages().form;
  const v = getMessages().registrant.view;
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
  const prefix = t.errorTitlePrefix;

  return (
    <>
      <title>{hasErrors ? `${prefix}${documentTitle}` : documentTitle}</title>
      {hasErrors ? <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={state} /> : null}
      {/* A new key per answer re-mounts the controls, so each shows exactly the values sent back. */}
      <form action={formAction} noValidate key={JSON.stringify(values)} className="max-w-3xl">
        <Field id="fullName" label={t.fields.fullName.label} error={errors.fullName} errorPrefix={prefix}>
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
            <p className="mb-1 text-lg font-bold">{v.emailFixed}</p>
            <p className="mb-1 break-words">{edit.email}</p>
            <p className="text-ink-muted">{v.editIntro}</p>
          </div>
        ) : (
          <Field id="email" label={t.fields.email.label} hint={t.fields.email.hint} error={errors.email} errorPrefix={prefix}>
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

        <Field id="organisation" label={t.fields.organisation.label} error={errors.organisation} errorPrefix={prefix}>
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

        <Field id="country" label={t.fields.country.label} error={errors.country} errorPrefix={prefix}>
          <select
            id="country"
            name="country"
            defaultValue={values.country}
            aria-describedby={describedBy('country', false, errors.country)}
            aria-invalid={errors.country ? true : undefined}
            className={controlClass()}
          >
            <option value="">{t.fields.country.choose}</option>
            <optgroup label={t.fields.country.groupEu}>
              {EU_COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {t.countries[c]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.fields.country.groupEea}>
              {EEA_COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {t.countries[c]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.fields.country.groupOther}>
              <option value={OTHER_COUNTRY}>{t.countries[OTHER_COUNTRY]}</option>
            </optgroup>
          </select>
        </Field>

        <FieldsetGroup
          id="organisationType"
          legend={t.fields.organisationType.label}
          error={errors.organisationType}
          errorPrefix={prefix}
        >
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
              {t.organisationTypes[type]}
            </Choice>
          ))}
        </FieldsetGroup>

        <FieldsetGroup
          id="groups"
          legend={t.fields.groups.legend}
          hint={t.fields.groups.hint}
          error={errors.groups}
          errorPrefix={prefix}
        >
          {groups.map((g, i) => (
            <Choice
              key={g.id}
              id={i === 0 ? 'groups' : `groups-${g.id}`}
              type="checkbox"
              name="groups"
              value={g.id}
              defaultChecked={values.groups.includes(g.id)}
              invalid={Boolean(errors.groups)}
            >
              {t.groupLabel(g.number, g.title)}
            </Choice>
          ))}
        </FieldsetGroup>

        <Field id="meeting" label={t.fields.meeting.label} hint={t.fields.meeting.hint} error={errors.meeting} errorPrefix={prefix}>
          <select
            id="meeting"
            name="meeting"
            defaultValue={meetings.some((m) => m.slug === values.meeting) ? values.meeting : ''}
            aria-describedby={describedBy('meeting', true, errors.meeting)}
            aria-invalid={errors.meeting ? true : undefined}
            className={controlClass()}
          >
            <option value="">{t.fields.meeting.none}</option>
            {meetings.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.title}
              </option>
            ))}
          </select>
        </Field>

        <Field
          id="contribution"
          label={t.fields.contribution.label}
          hint={t.fields.contribution.hint}
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

        {edit ? null : (
          <>
            <FieldsetGroup id="consent" legend={t.fields.consent.legend} error={errors.consent} errorPrefix={prefix}>
              <Choice
                id="consent"
                type="checkbox"
                name="consent"
                value={CONSENT_VALUE}
                defaultChecked={values.consent}
                invalid={Boolean(errors.consent)}
              >
                {t.fields.consent.before}
                <a href={privacyHref}>
                  {t.fields.consent.link}
                </a>
                {t.fields.consent.after}
              </Choice>
            </FieldsetGroup>

            {/* Honeypot: invisible to people and to assistive technology; a bot that fills it is dropped. */}
            <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
              <label htmlFor={HONEYPOT_FIELD}>{t.fields.honeypot}</label>
              <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
          </>
        )}

        <button type="submit" disabled={pending} aria-disabled={pending || undefined} className="button">
          {edit ? (pending ? v.saving : v.save) : pending ? t.pending : t.submit}
        </button>
      </form>
    </>
  );
}
