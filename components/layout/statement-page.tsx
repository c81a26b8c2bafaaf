import type { Page } from '@/lib/content/types';
import { getMessages } from '@/lib/i18n';
import { MdxContent } from '@/components/mdx/mdx-content';
import { DayDate } from '@/components/ui/day-date';
import { PageHeading } from '@/components/ui/page-heading';
import { PageLayout } from './page-layout';

/** A plain content page (privacy, accessibility): title, its MDX, and when it last changed. */
export function StatementPage({ page }: { page: Page }) {
  const t = getMessages().pages.statement;
  return (
    <PageLayout breadcrumbs={{ current: page.title }}>
      <PageHeading>{page.title}</PageHeading>
      <MdxContent code={page.mdx} className="max-w-3xl" />
      <dl className="mt-10 flex flex-wrap gap-x-8 gap-y-1 border-t border-rule pt-4 text-ink-muted">
        <div className="flex gap-2">
          <dt>{t.lastUpdated}:</dt>
          <dd>
            <DayDate day={page.updated} />
          </dd>
        </div>
        {page.version ? (
          <div className="flex gap-2">
            <dt>{t.version}:</dt>
            <dd>{page.version}</dd>
          </div>
        ) : null}
      </dl>
    </PageLayout>
  );
}
