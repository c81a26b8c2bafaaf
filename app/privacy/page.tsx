import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StatementPage } from '@/components/layout/statement-page';
import { getPageBySlug, getPlatform } from '@/lib/content';
import { pageMetadata } from '@/lib/site/page-metadata';

const SLUG = 'privacy';

export async function generateMetadata(): Promise<Metadata> {
  const [page, platform] = await Promise.all([getPageBySlug(SLUG), getPlatform()]);
  if (!page) return {};
  return pageMetadata({ title: page.title, description: page.description, path: `/${SLUG}`, siteName: platform.shortTitle });
}

export default async function PrivacyPage() {
  const page = await getPageBySlug(SLUG);
  if (!page) notFound();
  return <StatementPage page={page} />;
}
