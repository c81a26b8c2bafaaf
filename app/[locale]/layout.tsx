import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/layout/site-document';
import { getPlatform } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';
import { prerenderedLocales } from '@/lib/i18n/prerender';
import { localeMetadata } from '@/lib/seo/site-metadata';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * Languages built ahead: English, and each language some content is translated into (S-PERF). Any other
 * of the 24 is rendered on its first request and then cached like a built page: its pages show the
 * English content under the notice, and building them all ahead would multiply the build by 24.
 */
export async function generateStaticParams() {
  return (await prerenderedLocales()).map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const [platform, parts] = await Promise.all([getPlatform(locale), localeMetadata(locale)]);
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { template: `%s${parts.separator}${platform.shortTitle}`, default: platform.title },
    description: platform.description,
    applicationName: platform.shortTitle,
    alternates: { types: parts.feedTypes },
    openGraph: { siteName: platform.shortTitle, images: parts.images },
    // No cached "phone number" links or third-party icon lookups.
    formatDetection: { telephone: false, email: false, address: false },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#004494',
};

/** The public site in one of the 24 languages (`/pl/...`; English unprefixed, rewritten here by proxy.ts). */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SiteDocument locale={locale}>{children}</SiteDocument>;
}
