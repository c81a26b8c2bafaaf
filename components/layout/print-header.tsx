import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';

type Props = { siteName: string; shortName: string; path?: string };

/**
 * What a printed page starts with instead of the header: the site's names and the page's address, so a
 * sheet of paper says where it came from. The short name is also repeated at the top of every further
 * sheet (the @page rule in app/globals.css).
 */
export function PrintHeader({ siteName, shortName, path }: Props) {
  const address = path ? `${getEnv().SITE_URL}${path === '/' ? '' : path}` : null;
  return (
    <div className="print-only mb-6 border-b-2 border-ink pb-2">
      <p className="text-lg font-bold">{getMessages().common.print.siteLine(shortName, siteName)}</p>
      {address ? <p className="text-sm">{address}</p> : null}
    </div>
  );
}
