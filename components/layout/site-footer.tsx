import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Platform } from '@/lib/content/types';
import { FOLLOW_LINKS, FOOTER_LINKS } from './footer-links';

type Props = {
  /**
   * The Platform's names and who runs the site, as the content names them (platform.mdx `title`,
   * `shortTitle`, `owner`), in the page's language where translated (`locale` says).
   */
  platform: Pick<Platform, 'title' | 'shortTitle' | 'owner' | 'locale'>;
  /**
   * How to reach them: the contact page, which shows the address the server is configured with (the footer
   * is part of every prerendered page, so a configured value would be frozen here at build time), and an
   * address written in the content (platform.mdx `contactEmail`), if any. Decision 0113.
   */
  contact: { href: string; email?: string };
};

const footerLink = 'inline-block py-1 text-white hover:text-white';

/**
 * Every page's footer (S-PRIVACY-1), in the manner of the Europa Component Library's site footer: the
 * site's identity and who manages it, how to contact them, how to follow the Platform, then the owner's
 * statements, the registrant's own page and the cookie sentence. White on EU blue.
 */
export function SiteFooter({ platform, contact }: Props) {
  const t = useTranslations('common.footer');
  const lang = platform.locale === useLocale() ? undefined : platform.locale;
  return (
    <footer className="no-print mt-12 border-t-4 border-eu-yellow bg-eu-blue text-white">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 md:grid-cols-[2fr_1fr_1fr]">
        <div>
          <p className="text-xl font-extrabold" lang={lang}>
            {platform.shortTitle}
          </p>
          <p className="mt-1 max-w-md" lang={lang}>
            {platform.title}
          </p>
          <p className="mt-4 max-w-md" data-site-owner="">
            {t('managedBy', { owner: platform.owner })}
          </p>
        </div>
        <section aria-labelledby="footer-contact-heading" data-site-contact="">
          <h2 id="footer-contact-heading" className="mb-2 text-lg font-bold">
            {t('contact.heading')}
          </h2>
          <ul className="space-y-1">
            <li>
              <Link href={contact.href} className={footerLink}>
                {t('contact.page')}
              </Link>
            </li>
            {contact.email ? (
              <li>
                <a href={`mailto:${contact.email}`} className={`${footerLink} break-all`}>
                  {contact.email}
                </a>
              </li>
            ) : null}
          </ul>
        </section>
        <section aria-labelledby="footer-follow-heading">
          <h2 id="footer-follow-heading" className="mb-2 text-lg font-bold">
            {t('follow.heading')}
          </h2>
          <ul className="space-y-1">
            {FOLLOW_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={footerLink}>
                  {t(`follow.${link.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="border-t border-white/40">
        <div className="mx-auto max-w-5xl px-4 py-6">
          <nav aria-label={t('label')}>
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              {FOOTER_LINKS.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className={footerLink}>
                    {t(`links.${link.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <p className="mt-3 text-sm">{t('statement')}</p>
        </div>
      </div>
    </footer>
  );
}
