'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAction } from '@/app/(secretariat)/admin/sign-in/actions';
import { ErrorSummary } from '@/components/form/error-summary';
import { controlClass, describedBy, Field } from '@/components/form/fields';
import { initialSignInState } from '@/lib/admin/sign-in-state';

/** GOV.UK sign-in: error summary, inline errors, "Error: " in the title; works without JavaScript. */
export function SignInForm({ documentTitle }: { documentTitle: string }) {
  const t = useTranslations('admin');
  const [state, formAction, pending] = useActionState(signInAction, initialSignInState);
  const errors = state.fieldErrors;
  const items = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...(errors.email ? [{ href: 'email', message: errors.email }] : []),
    ...(errors.password ? [{ href: 'password', message: errors.password }] : []),
  ];
  const hasErrors = items.length > 0;
  return (
    <>
      <title>{hasErrors ? `${t('errorPrefix')}${documentTitle}` : documentTitle}</title>
      {hasErrors ? <ErrorSummary title={t('signIn.errorSummaryTitle')} items={items} focusKey={state} /> : null}
      <form action={formAction} noValidate key={state.email + state.status} className="max-w-xl">
        <Field id="email" label={t('signIn.email')} error={errors.email} errorPrefix={t('errorPrefix')}>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            defaultValue={state.email}
            aria-describedby={describedBy('email', false, errors.email)}
            aria-invalid={errors.email ? true : undefined}
            className={controlClass()}
          />
        </Field>
        <Field id="password" label={t('signIn.password')} error={errors.password} errorPrefix={t('errorPrefix')}>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-describedby={describedBy('password', false, errors.password)}
            aria-invalid={errors.password ? true : undefined}
            className={controlClass()}
          />
        </Field>
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className="button"
        >
          {t('signIn.button')}
        </button>
      </form>
    </>
  );
}
