import Link from 'next/link';
import { getMessages } from '@/lib/i18n';
import { FOOTER_LINKS } from './footer-links';

type Props = {
  siteName: string;
  /** Who runs the site, as written in the content (platform.mdx `owner`). */
  owner: string;
  /** The contact address written in the content (platform.mdx `contactEmail`), if any. */
  contactEmail?: string;
};

/**
 * Every page's footer (S-PRIVACY-1): who runs the site and how to reach them. Both come from the content,
 * because the footer is part of every prerendered page and a value of the running configuration would be
 * frozen in them at build time. Its Contact link leads to /contact, which shows the configured address as
 * the server runs (docs/decisions/0113-owner-and-contact.md).
 */
export function SiteFooter({ siteName, owner, contactEmail }: Props) {
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
        <p className="mt-4">{t.runBy(owner)}</p>
        {contactEmail ? (
          <p className="mt-1">
            {t.contactLine} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
          </p>
        ) : null}
        <p className="mt-4 text-sm text-ink-muted">{t.statement}</p>
        <p className="mt-2 text-sm text-ink-muted">{siteName}</p>
      </div>
    </footer>
  );
}
