import type { Metadata, Viewport } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import { fontVariables } from '@/components/layout/fonts';
import { SiteFooter } from '@/components/layout/site-footer';
import { SkipLink } from '@/components/layout/skip-link';
import { getPlatform } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE, getMessages } from '@/lib/i18n';
import { feedAlternateTypes, shareImages } from '@/lib/seo/site-metadata';
import { CONTACT_PATH } from '@/lib/site/paths';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const platform = await getPlatform();
  const separator = getMessages().common.titleSeparator;
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { template: `%s${separator}${platform.shortTitle}`, default: platform.title },
    description: platform.description,
    applicationName: platform.shortTitle,
    alternates: { types: feedAlternateTypes },
    openGraph: { siteName: platform.shortTitle, images: shareImages },
    // No cached "phone number" links or third-party icon lookups.
    formatDetection: { telephone: false, email: false, address: false },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#004494',
};

/**
 * The document: skip link first, then the page (each page renders its header, breadcrumbs and <main>
 * through components/layout/page-layout.tsx, the secretariat's pages through their own frame), then the
 * footer that names who runs the site.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const platform = await getPlatform();
  // Printed pages show where site links lead and the site's name on every sheet (globals.css, @media print);
  // on <html>, because a printed sheet's margins inherit from the root element.
  const rootStyle = {
    '--site-url': JSON.stringify(getEnv().SITE_URL),
    '--site-short-name': JSON.stringify(platform.shortTitle),
  } as CSSProperties;
  return (
    <html lang={DEFAULT_LOCALE} className={fontVariables} style={rootStyle}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <SkipLink />
        {children}
        <SiteFooter
          siteName={platform.title}
          shortName={platform.shortTitle}
          owner={platform.owner}
          contact={{ href: CONTACT_PATH, email: platform.contactEmail }}
        />
      </body>
    </html>
  );
}
