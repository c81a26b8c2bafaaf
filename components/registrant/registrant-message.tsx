import { useTranslations } from 'next-intl';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { Link } from '@/i18n/navigation';
import { MANAGE_PATH } from '@/lib/mail/links';

/** Where a registrant can go from a link's outcome. */
export type WayForward = 'manage' | 'register' | 'none';

/**
 * The plain sentence for the outcome of a registrant's link (confirm, change, withdraw, manage), announced
 * as a status, and a way forward where one helps: a new manage link, or registering again.
 */
export function RegistrantMessage({ title, message, next }: { title: string; message: string; next: WayForward }) {
  const t = useTranslations('registrant');
  return (
    <PageLayout breadcrumbs={{ current: title }}>
      <PageHeading>{title}</PageHeading>
      <p className="mb-6 max-w-3xl text-lg" role="status">
        {message}
      </p>
      {next === 'manage' ? (
        <p>
          <Link href={MANAGE_PATH}>
            {t('askForLink')}
          </Link>
        </p>
      ) : null}
      {next === 'register' ? (
        <p>
          <Link href="/participate">{t('registerAgain')}</Link>
        </p>
      ) : null}
    </PageLayout>
  );
}
