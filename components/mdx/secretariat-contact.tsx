import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';

/**
 * How to reach the secretariat, for statements written in MDX: SECRETARIAT_EMAIL as the server runs with
 * it (S-PRIVACY-1), or, when none is configured, the confirmation email (whose sender the secretariat
 * reads). A paragraph of its own: write it on its own line in MDX. The page that shows it must be rendered
 * per request (components/layout/statement-page.tsx), or it would show the build's value.
 */
export function SecretariatContact() {
  const t = getMessages().pages.statement;
  const email = getEnv().SECRETARIAT_EMAIL;
  if (!email) return <p>{t.contactUnset}</p>;
  return (
    <p>
      {t.contactConfigured} <a href={`mailto:${email}`}>{email}</a>.
    </p>
  );
}
