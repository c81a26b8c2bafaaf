import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { StatementPageFor, statementMetadata } from '@/components/layout/statement-page';

const SLUG = 'privacy';

export async function generateMetadata(): Promise<Metadata> {
  return statementMetadata(SLUG, await getLocale());
}

export default async function PrivacyPage() {
  return <StatementPageFor slug={SLUG} locale={await getLocale()} />;
}
