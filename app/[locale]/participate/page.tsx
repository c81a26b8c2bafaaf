import type { Metadata } from 'next';
import { RegistrationForm } from '@/components/form/registration-form';
import { registerInterestAction } from './actions';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { getPlatform } from '@/lib/content';
import { getMessages } from '@/lib/i18n';
import { pageMetadata } from '@/lib/site/page-metadata';
import { getFormChoices } from '@/lib/registration/choices';
import { emptyFormValues } from '@/lib/registration/form-state';
import type { PageSearchParams } from '@/lib/site/search-params';

const PATH = '/participate';

export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages().form;
  const platform = await getPlatform();
  return {
    ...pageMetadata({ title: t.pageTitle, description: t.pageDescription, path: PATH, siteName: platform.shortTitle }),
    // The <title> is rendered by the form itself, so that after a submission without JavaScript the
    // server-rendered title can start with "Error: " (decision 0045). An empty absolute title makes
    // Next write no <title> of its own.
    title: { absolute: '' },
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function ParticipatePage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = getMessages();
  const [params, choices, platform] = await Promise.all([searchParams, getFormChoices(new Date()), getPlatform()]);

  // Preselect only what the form offers; an unknown id in the link is ignored, not echoed.
  const group = choices.groups.find((g) => g.id === first(params.group))?.id;
  const meeting = choices.meetings.find((m) => m.slug === first(params.meeting));
  const meetingGroup = choices.groups.find((g) => g.id === meeting?.body)?.id;
  const initialValues = emptyFormValues({ group, meeting: meeting?.slug });
  if (meetingGroup && !initialValues.groups.includes(meetingGroup)) initialValues.groups.push(meetingGroup);

  return (
    <PageLayout path={PATH} breadcrumbs={{ current: t.form.breadcrumb }}>
      <PageHeading>{t.form.pageTitle}</PageHeading>
      <p className="mb-8 max-w-3xl text-lg">{t.form.intro}</p>
      {meeting ? (
        // Coming from a meeting's page: say which meeting, and that this is interest, not a booked place.
        <div className="mb-8 max-w-3xl border-l-8 border-eu-blue bg-eu-blue-pale p-5">
          <p className="font-bold">{t.form.preselectedMeeting(meeting.title)}</p>
          <p className="mt-2">{t.pages.meetings.interestNotPlace}</p>
        </div>
      ) : null}
      <RegistrationForm
        action={registerInterestAction}
        groups={choices.groups}
        meetings={choices.meetings.map(({ slug, title }) => ({ slug, title }))}
        initialValues={initialValues}
        privacyHref="/privacy"
        documentTitle={`${t.form.pageTitle}${t.common.titleSeparator}${platform.shortTitle}`}
      />
    </PageLayout>
  );
}
