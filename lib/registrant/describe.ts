import type { RegistrationLabels } from '@/lib/admin/labels';
import type { ChangeableDetails } from '@/lib/db/registration-changes';
import type { Translate } from '@/lib/i18n/translator';

/** One line of a registration as a registrant reads it: a label and the value in words. */
export type DetailLine = { key: keyof ChangeableDetails; label: string; value: string };

/**
 * A registration's changeable details in words (labels for ids), in the form's order, in the page's
 * language (`t`: its `registrant.view` messages; `labels` in the same language).
 */
export function describeDetails(details: ChangeableDetails, labels: RegistrationLabels, t: Translate<'registrant.view'>): DetailLine[] {
  const none = t('none');
  return [
    { key: 'fullName', label: t('fields.fullName'), value: details.fullName },
    { key: 'email', label: t('fields.email'), value: details.email },
    { key: 'organisation', label: t('fields.organisation'), value: details.organisation },
    { key: 'country', label: t('fields.country'), value: labels.country(details.country) },
    { key: 'organisationType', label: t('fields.organisationType'), value: labels.type(details.organisationType) },
    { key: 'groups', label: t('fields.groups'), value: details.groups.map(labels.group).join('; ') },
    { key: 'meetingSlug', label: t('fields.meeting'), value: details.meetingSlug ? labels.meeting(details.meetingSlug) : none },
    { key: 'contribution', label: t('fields.contribution'), value: details.contribution ?? none },
  ];
}
