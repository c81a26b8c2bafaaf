import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { REGISTRATION_FORM_MESSAGES } from '@/components/form/client-namespaces';
import { RegistrationForm } from '@/components/form/registration-form';
import { ClientMessages } from '@/components/language/client-messages';
import { PageLayout } from '@/components/layout/page-layout';
import { PageHeading } from '@/components/ui/page-heading';
import { localizedPath } from '@/i18n/paths';
import { getPlatform } from '@/lib/content';
import { getFormChoices } from '@/lib/registration/choices';
import { emptyFormValues } from '@/lib/registration/form-state';
import { getFormOptions } from '@/lib/registration/form-options';
import { localeMetadata } from '@/lib/seo/site-metadata';
import { pageMetadata } from '@/lib/site/page-metadata';
import type { PageSearchParams } from '@/lib/site/search-params';
import { registerInterestAction } from './actions';

const PATH = '/participate';

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('form'), getLocale()]);
  const platform = await getPlatform(locale);
  return {
    ...(await pageMetadata({ title: t('pageTitle'), description: t('pageDescription'), path: PATH, siteName: platform.shortTitle, locale })),
    // The <title> is rendered by the form itself, so that after a submission without JavaScript the
    // server-rendered title can start with "Error: " (decision 0045). An empty absolute title makes
    // Next write no <title> of its own.
    title: { absolute: '' },
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The interest form (S-FORM) in the page's language: its messages, the mail the registrant receives and
 * the language stored with the registration follow the language of this page.
 */
export default async function ParticipatePage({ searchParams }: { searchParams: PageSearchParams }) {
  const locale = await getLocale();
  const now = new Date();
  const [t, meetingWords, params, options, platform, { separator }] = await Promise.all([
    getTranslations('form'),
    getTranslations('pages.meetings'),
    searchParams,
    getFormOptions(locale, now),
    getPlatform(locale),
    localeMetadata(locale),
  ]);
  const choices = await getFormChoices(now);

  // Preselect only what the form offers; an unknown id in the link is ignored, not echoed.
  const group = choices.groups.find((g) => g.id === first(params.group))?.id;
  const meeting = choices.meetings.find((m) => m.slug === first(params.meeting));
  const meetingOption = options.meetings.find((m) => m.value === meeting?.slug);
  const meetingGroup = choices.groups.find((g) => g.id === meeting?.body)?.id;
  const initialValues = emptyFormValues(locale, { group, meeting: meeting?.slug });
  if (meetingGroup && !initialValues.groups.includes(meetingGroup)) initialValues.groups.push(meetingGroup);

  return (
    <PageLayout path={PATH} breadcrumbs={{ current: t('breadcrumb') }}>
      <PageHeading>{t('pageTitle')}</PageHeading>
      <p className="mb-8 max-w-3xl text-lg">{t('intro')}</p>
      {meetingOption ? (
        // Coming from a meeting's page: say which meeting, and that this is interest, not a booked place.
        <div className="mb-8 max-w-3xl border-l-8 border-eu-blue bg-eu-blue-pale p-5">
          <p className="font-bold">{t('preselectedMeeting', { meeting: meetingOption.label })}</p>
          <p className="mt-2">{meetingWords('interestNotPlace')}</p>
        </div>
      ) : null}
      <ClientMessages namespaces={REGISTRATION_FORM_MESSAGES}>
        <RegistrationForm
          action={registerInterestAction}
          groups={options.groups}
          meetings={options.meetings}
          countries={options.countries}
          initialValues={initialValues}
          privacyHref={localizedPath('/privacy', locale)}
          documentTitle={`${t('pageTitle')}${separator}${platform.shortTitle}`}
        />
      </ClientMessages>
    </PageLayout>
  );
}
