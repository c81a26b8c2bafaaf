import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { GroupCards } from '@/components/working-groups/group-cards';
import { getPlatform, getWorkingGroups } from '@/lib/content';
import { pageMetadata } from '@/lib/site/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('pages.workingGroups'), getLocale()]);
  const [platform, groups] = await Promise.all([getPlatform(locale), getWorkingGroups(locale)]);
  return pageMetadata({
    title: t('title'),
    description: t('description', { count: groups.length }),
    path: '/working-groups',
    siteName: platform.shortTitle,
    locale,
  });
}

export default async function WorkingGroupsPage() {
  const [t, locale] = await Promise.all([getTranslations('pages.workingGroups'), getLocale()]);
  const groups = await getWorkingGroups(locale);
  return (
    <PageLayout path="/working-groups" breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-8 text-lg">{t('intro')}</p>
      <GroupCards groups={groups} headingLevel={2} />
    </PageLayout>
  );
}
