import 'server-only';
import type { Transaction } from 'kysely';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { createToken, hashToken } from '@/lib/auth/tokens';
import { enqueueMail } from '@/lib/db/mail-queue';
import { findRegistrationById } from '@/lib/db/registration-admin';
import { insertToken } from '@/lib/db/registration-tokens';
import type { Database } from '@/lib/db/schema';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';
import { composeRegistrantMail, composeSecretariatMail, isHeaderSafeAddress, type RegistrationMailData } from './compose';
import { CONFIRM_PATH, LINK_VALID_DAYS, tokenLink, WITHDRAW_PATH } from './links';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Queues the registrant's confirmation (with fresh confirm and withdraw links) and the secretariat's
 * notice inside the registration's own transaction (`saveRegistration`'s `alsoInTransaction`): the
 * registration and its mail commit together, with one disk flush, or not at all, so a crash can never
 * leave a stored registration whose links were never sent. A failure throws and the applicant is told
 * nothing was saved. The caller kicks the sender after the commit (`kickMailSender`).
 */
export async function queueRegistrationMail(
  trx: Transaction<Database>,
  saved: { id: string; outcome: 'created' | 'updated' },
  now: Date,
): Promise<void> {
  const registration = await findRegistrationById(trx, saved.id);
  if (!registration) throw new Error(`registration ${saved.id} is not in its own transaction`);
  const env = getEnv();
  const labels = await getRegistrationLabels(now);
  const f = getMessages().mail.fields;
  const data: RegistrationMailData = {
    reference: registration.reference,
    fullName: registration.fullName,
    email: registration.email,
    summary: [
      [f.name, registration.fullName],
      [f.email, registration.email],
      [f.organisation, registration.organisation],
      [f.country, labels.country(registration.country)],
      [f.organisationType, labels.type(registration.organisationType)],
      [f.groups, registration.groups.map(labels.group).join('; ')],
      [f.meeting, registration.meetingSlug ? labels.meeting(registration.meetingSlug) : f.none],
      [f.contribution, registration.contribution ?? f.none],
    ],
  };
  const confirmToken = createToken();
  const withdrawToken = createToken();
  const expiresAt = new Date(now.getTime() + LINK_VALID_DAYS * DAY_MS);
  const registrant = composeRegistrantMail(data, {
    confirmUrl: tokenLink(env.SITE_URL, CONFIRM_PATH, confirmToken),
    withdrawUrl: tokenLink(env.SITE_URL, WITHDRAW_PATH, withdrawToken),
    validDays: LINK_VALID_DAYS,
  });
  await insertToken(trx, { tokenHash: hashToken(confirmToken), registrationId: saved.id, purpose: 'confirm', now, expiresAt });
  await insertToken(trx, { tokenHash: hashToken(withdrawToken), registrationId: saved.id, purpose: 'withdraw', now, expiresAt });
  if (isHeaderSafeAddress(registrant.to.address)) {
    await enqueueMail(trx, {
      registrationId: saved.id,
      kind: 'registrant',
      toName: registrant.to.name,
      toAddress: registrant.to.address,
      subject: registrant.subject,
      bodyText: registrant.text,
      now,
    });
  }
  if (env.SECRETARIAT_EMAIL) {
    const notice = composeSecretariatMail(data, env.SECRETARIAT_EMAIL, {
      adminUrl: `${env.SITE_URL}/admin?q=${registration.reference}`,
      updated: saved.outcome === 'updated',
    });
    await enqueueMail(trx, {
      registrationId: saved.id,
      kind: 'secretariat',
      toName: notice.to.name,
      toAddress: notice.to.address,
      subject: notice.subject,
      bodyText: notice.text,
      now,
    });
  }
}
