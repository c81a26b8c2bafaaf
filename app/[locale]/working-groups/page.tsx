import type { Metadata } from 'next';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { GroupCards } from '@/components/working-groups/group-cards';
import { getPlatform, getWorkingGroups } from '@/lib/content';
import { getMessages } from '@/lib/i18n';
import { pageMetadata } from '@/lib/site/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages().pages.workingGroups;
  const [platform, groups] = await Promise.all([getPlatform(), getWorkingGroups()]);
  return pageMetadata({
    title: t.title,
    description: t.description(groups.length),
    path: '/working-groups',
    siteName: platform.shortTitle,
  });
}

export default async function WorkingGroupsPage() {
  const t = getMessages().pages.workingGroups;
  const groups = await getWorkingGroups();
  return (
    <PageLayout path="/working-groups" breadcrumbs={{ current: t.title }}>
      <PageHeading>{t.title}</PageHeading>
      <p className="mb-8 text-lg">{t.intro}</p>
      <GroupCards groups={groups} headingLevel={2} />
    </PageLayout>
  );
}
