'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { requestManageLinkAction } from '@/app/[locale]/registration/manage/actions';
import { ErrorSummary } from '@/components/form/error-summary';
import { controlClass, describedBy, Field } from '@/components/form/fields';
import { buttonClass } from '@/components/ui/button';
import { LOCALE_FIELD } from '@/lib/i18n/form-locale';
import { initialManageRequestState } from '@/lib/registrant/request-form-state';

/** "Email me a link" (GOV.UK pattern: error summary, inline error, "Error: " in the title); works without JavaScript. */
export function ManageRequestForm({ documentTitle }: { documentTitle: string }) {
  const t = useTranslations('registrant.manage');
  const controls = useTranslations('form.controls');
  const locale = useLocale();
  const prefix = controls('errorTitlePrefix');
  const [state, formAction, pending] = useActionState(requestManageLinkAction, initialManageRequestState);
  const items = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...(state.emailError ? [{ href: 'email', message: state.emailError }] : []),
  ];
  const hasErrors = items.length > 0;
  return (
    <>
      <title>{hasErrors ? `${prefix}${documentTitle}` : documentTitle}</title>
      {hasErrors ? <ErrorSummary title={t('errorSummaryTitle')} items={items} focusKey={state} /> : null}
      <form action={formAction} noValidate key={state.email + state.status} className="max-w-xl">
        <input type="hidden" name={LOCALE_FIELD} value={locale} />
        <Field id="email" label={t('emailLabel')} error={state.emailError ?? undefined} errorPrefix={prefix}>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            defaultValue={state.email}
            aria-describedby={describedBy('email', false, state.emailError ?? undefined)}
            aria-invalid={state.emailError ? true : undefined}
            className={controlClass()}
          />
        </Field>
        <button type="submit" disabled={pending} aria-disabled={pending || undefined} className={buttonClass()}>
          {pending ? t('pending') : t('button')}
        </button>
      </form>
    </>
  );
}
