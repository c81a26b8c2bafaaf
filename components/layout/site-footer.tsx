import Link from 'next/link';
import { getMessages } from '@/lib/i18n';
import { FOOTER_LINKS } from './footer-links';

type Props = { siteName: string };

export function SiteFooter({ siteName }: Props) {
  const t = getMessages().common.footer;
  return (
    <footer className="no-print mt-12 border-t-4 border-eu-blue bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-8">
        <nav aria-label={t.label}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-block py-1">
                  {t[link.key]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4 text-sm text-ink-muted">{t.statement}</p>
        <p className="mt-2 text-sm text-ink-muted">{siteName}</p>
      </div>
    </footer>
  );
}
