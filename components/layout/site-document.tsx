import type { CSSProperties, ReactNode } from 'react';
import { getPlatform } from '@/lib/content';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { CONTACT_PATH } from '@/lib/site/paths';
import { fontVariables } from './fonts';
import { SiteFooter } from './site-footer';
import { SkipLink } from './skip-link';

/**
 * The document of every page, for both root layouts (the public site's `[locale]` and the secretariat's
 * area): `<html lang>` in the interface language, the skip link first, then the page (each page renders its
 * header, breadcrumbs and <main>), then the footer that names who runs the site.
 */
export async function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const platform = await getPlatform(locale);
  // Printed pages show where site links lead and the site's name on every sheet (globals.css, @media print);
  // on <html>, because a printed sheet's margins inherit from the root element.
  const rootStyle = {
    '--site-url': JSON.stringify(getEnv().SITE_URL),
    '--site-short-name': JSON.stringify(platform.shortTitle),
  } as CSSProperties;
  return (
    <html lang={locale} className={fontVariables} style={rootStyle}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <SkipLink />
        {children}
        <SiteFooter platform={platform} contact={{ href: CONTACT_PATH, email: platform.contactEmail }} />
      </body>
    </html>
  );
}
