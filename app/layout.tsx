import type { Metadata, Viewport } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { SearchBox } from '@/components/search/search-box';
import { getPlatform } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE, getMessages } from '@/lib/i18n';
import { feedAlternateTypes, shareImages } from '@/lib/seo/site-metadata';
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const platform = await getPlatform();
  // Printed pages show where site links lead; the print stylesheet reads this (see globals.css).
  const bodyStyle = { '--site-url': JSON.stringify(getEnv().SITE_URL) } as CSSProperties;
  return (
    <html lang={DEFAULT_LOCALE}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased" style={bodyStyle}>
        <SkipLink />
        <SiteHeader siteName={platform.title} search={<SearchBox />} />
        {/* Each page renders its breadcrumbs and <main> (components/layout/page-layout.tsx). */}
        <div className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-8">{children}</div>
        <SiteFooter siteName={platform.title} owner={platform.owner} contactEmail={platform.contactEmail} />
      </body>
    </html>
  );
}
