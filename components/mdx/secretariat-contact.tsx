import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';

/**
 * How to reach the secretariat, for statements written in MDX: the configured SECRETARIAT_EMAIL, or,
 * when none is configured, the confirmation email (whose sender the secretariat reads).
 */
export function SecretariatContact() {
  const t = getMessages().pages.statement;
  const email = getEnv().SECRETARIAT_EMAIL;
  if (!email) return <span>{t.contactUnset}</span>;
  return (
    <span>
      {t.contactConfigured} <a href={`mailto:${email}`}>{email}</a>.
    </span>
  );
}
