import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/layout/site-document';
import { getPlatform } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { localeMetadata } from '@/lib/seo/site-metadata';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const [platform, parts] = await Promise.all([getPlatform(), localeMetadata(DEFAULT_LOCALE)]);
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { template: `%s${parts.separator}${platform.shortTitle}`, default: platform.title },
    applicationName: platform.shortTitle,
    formatDetection: { telephone: false, email: false, address: false },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#004494',
};

/**
 * The secretariat's area (/admin), a root layout of its own beside the public site's `[locale]`: it has no
 * language in its URL and stays in English (S-I18N-4).
 */
export default function SecretariatLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale={DEFAULT_LOCALE}>{children}</SiteDocument>;
}
