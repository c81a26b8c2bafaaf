import type { Metadata } from 'next';
import { StatementPageFor, statementMetadata } from '@/components/layout/statement-page';

const SLUG = 'privacy';

export function generateMetadata(): Promise<Metadata> {
  return statementMetadata(SLUG);
}

export default function PrivacyPage() {
  return <StatementPageFor slug={SLUG} />;
}
