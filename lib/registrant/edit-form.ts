import 'server-only';
import { getDb } from '@/lib/db/client';
import { findRegistrationById } from '@/lib/db/registration-admin';
import { localizedPath } from '@/i18n/paths';
import { localeFrom } from '@/lib/i18n/form-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { MANAGE_PATH, tokenPath } from '@/lib/mail/links';
import { kickMailSender } from '@/lib/mail/worker';
import { getFormChoices } from '@/lib/registration/choices';
import { readRegistrationForm } from '@/lib/registration/form-data';
import type { RegistrationFormState } from '@/lib/registration/form-state';
import { createRegistrationSchema, fieldErrorsOf } from '@/lib/registration/schema';
import { openManageLink, updateFromManage } from './manage';

export type EditOutcome = { redirectTo: string } | { state: RegistrationFormState };

/**
 * The manage page's "Change your details" (rectification, S-FORM-8): the link is checked again, the
 * details go through the interest form's own schema (less the address and consent, which stand), and
 * they are stored with the secretariat's notice. The meeting already chosen stays valid even once it has
 * passed, so saving other details never forces it out. The language of the mail is one of the details; the
 * page's own language (the form's hidden field) is that of the messages and the way back.
 */
export async function submitEditForm(formData: FormData, now: Date): Promise<EditOutcome> {
  const token = formData.get('token');
  const locale = localeFrom(formData);
  const db = await getDb();
  const access = await openManageLink(db, token, now);
  const back = (done?: string) => `${tokenPath(localizedPath(MANAGE_PATH, locale), String(token))}${done ? `&done=${done}` : ''}`;
  if (access.state !== 'ready') return { redirectTo: back() };
  const registration = await findRegistrationById(db, access.registrationId);
  if (!registration) return { redirectTo: back() };

  const form = readRegistrationForm(formData);
  const values = { ...form, email: registration.email, consent: true, language: formData.get('language') === null ? registration.language : form.language };
  const choices = await getFormChoices(now);
  const kept = registration.meetingSlug ? [registration.meetingSlug] : [];
  const schema = createRegistrationSchema(
    {
      groupIds: choices.groups.map((g) => g.id),
      upcomingMeetingSlugs: [...choices.meetings.map((m) => m.slug), ...kept],
      allMeetingSlugs: choices.allMeetingSlugs,
    },
    await getTranslator(locale, 'form.errors'),
  ).omit({ email: true, consent: true });
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { state: { status: 'invalid', values, fieldErrors: fieldErrorsOf(parsed.error), formError: null } };

  const d = parsed.data;
  const saved = await updateFromManage(
    db,
    access.registrationId,
    {
      fullName: d.fullName,
      organisation: d.organisation,
      country: d.country,
      organisationType: d.organisationType,
      groups: d.groups,
      meetingSlug: d.meeting,
      contribution: d.contribution,
      language: d.language,
    },
    now,
  ).catch((error: unknown) => {
    console.error('[registration] could not save a registrant\'s changes:', error);
    return null;
  });
  if (saved === null) {
    const t = await getTranslator(locale, 'registrant.outcome');
    return { state: { status: 'failed', values, fieldErrors: {}, formError: t('failed') } };
  }
  kickMailSender();
  return { redirectTo: back(saved ? 'saved' : undefined) };
}
