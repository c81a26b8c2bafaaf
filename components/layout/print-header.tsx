import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/navigation';
import type { Platform } from '@/lib/content/types';
import { getEnv } from '@/lib/env';

type Props = { platform: Pick<Platform, 'title' | 'shortTitle'>; path?: string };

/**
 * What a printed page starts with instead of the header: the site's names and the page's address, so a
 * sheet of paper says where it came from. The short name is also repeated at the top of every further
 * sheet (the @page rule in app/globals.css).
 */
export function PrintHeader({ platform, path }: Props) {
  const t = useTranslations('common.print');
  const locale = useLocale();
  const localized = path ? localizedPath(path, locale) : null;
  const address = localized ? `${getEnv().SITE_URL}${localized === '/' ? '' : localized}` : null;
  return (
    <div className="print-only mb-6 border-b-2 border-ink pb-2">
      <p className="text-lg font-bold">{t('siteLine', { shortName: platform.shortTitle, siteName: platform.title })}</p>
      {address ? <p className="text-sm">{address}</p> : null}
    </div>
  );
}
