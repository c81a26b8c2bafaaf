import type { Metadata } from 'next';
import { StatementPageFor, statementMetadata } from '@/components/layout/statement-page';

const SLUG = 'accessibility';

export function generateMetadata(): Promise<Metadata> {
  return statementMetadata(SLUG);
}

export default function AccessibilityPage() {
  return <StatementPageFor slug={SLUG} />;
}
