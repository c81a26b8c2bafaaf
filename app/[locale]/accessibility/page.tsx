import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { StatementPageFor, statementMetadata } from '@/components/layout/statement-page';

const SLUG = 'accessibility';

export async function generateMetadata(): Promise<Metadata> {
  return statementMetadata(SLUG, await getLocale());
}

export default async function AccessibilityPage() {
  return <StatementPageFor slug={SLUG} locale={await getLocale()} />;
}
