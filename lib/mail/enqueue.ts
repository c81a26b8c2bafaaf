import 'server-only';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { createToken, hashToken } from '@/lib/auth/tokens';
import type { Db } from '@/lib/db/client';
import { enqueueMail } from '@/lib/db/mail-queue';
import { findRegistrationById } from '@/lib/db/registration-admin';
import { insertToken } from '@/lib/db/registration-tokens';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';
import { composeRegistrantMail, composeSecretariatMail, isHeaderSafeAddress, type RegistrationMailData } from './compose';
import { CONFIRM_PATH, LINK_VALID_DAYS, tokenLink, WITHDRAW_PATH } from './links';
import { kickMailSender } from './worker';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Queues the registrant's confirmation (with fresh confirm and withdraw links) and the secretariat's
 * notice, in one transaction, after the registration itself has been committed. It never throws: the
 * registration is stored whatever happens to its mail, and a failure is logged with its cause.
 * Returns whether the mail was queued.
 */
export async function enqueueRegistrationMail(
  db: Db,
  saved: { id: string; outcome: 'created' | 'updated' },
  now: Date,
): Promise<boolean> {
  try {
    const registration = await findRegistrationById(db, saved.id);
    if (!registration) return false;
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
    await db.transaction().execute(async (trx) => {
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
    });
    kickMailSender();
    return true;
  } catch (error) {
    console.error(`[mail] could not queue the mail of registration ${saved.id}:`, error);
    return false;
  }
}
