import { useTranslations } from 'next-intl';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { confirmationDays, MAIL_KEEP_DAYS } from '@/lib/retention/policy';
import { runningRetention } from '@/lib/retention/settings';

/**
 * How long each kind of personal data is kept, from the configuration the server runs with (S-PRIVACY-1):
 * RETENTION_DAYS, UNCONFIRMED_RETENTION_DAYS (0 turns a rule off, and the list says so), the rate limit's
 * window and the mail log. A list of its own: write it on its own line in MDX. The page that shows it must
 * be rendered per request (components/layout/statement-page.tsx), or it would show the build's values.
 * In the page's language; `lang` marks it inside a statement shown in English on another language's page.
 */
export function RetentionPeriods({ lang }: { lang?: Locale }) {
  const t = useTranslations('pages.statement.retention');
  const policy = runningRetention();
  const windowMinutes = Math.max(1, Math.ceil(getEnv().RATE_LIMIT_WINDOW_SECONDS / 60));
  const items = [
    policy.retentionDays > 0 ? t('kept', { days: policy.retentionDays }) : t('keptUntilWithdrawn'),
    policy.unconfirmedRetentionDays > 0 ? t('unconfirmed', { days: policy.unconfirmedRetentionDays }) : null,
    t('change', { days: confirmationDays(policy) }),
    t('withdrawn'),
    t('address', { minutes: windowMinutes }),
    t('mail', { days: MAIL_KEEP_DAYS }),
  ].filter((item): item is string => item !== null);
  return (
    <ul lang={lang}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
