import { useTranslations } from 'next-intl';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';

/**
 * How to reach the secretariat, for statements written in MDX: SECRETARIAT_EMAIL as the server runs with
 * it (S-PRIVACY-1), or, when none is configured, the confirmation email (whose sender the secretariat
 * reads). A paragraph of its own: write it on its own line in MDX. The page that shows it must be rendered
 * per request (components/layout/statement-page.tsx), or it would show the build's value. In the page's
 * language; `lang` marks it inside a statement shown in English on another language's page.
 */
export function SecretariatContact({ lang }: { lang?: Locale }) {
  const t = useTranslations('pages.statement');
  const email = getEnv().SECRETARIAT_EMAIL;
  if (!email) return <p lang={lang}>{t('contactUnset')}</p>;
  return (
    <p lang={lang}>
      {t('contactConfigured')} <a href={`mailto:${email}`}>{email}</a>.
    </p>
  );
}
