import type { RegistrationLabels } from '@/lib/admin/labels';
import type { ChangeableDetails } from '@/lib/db/registration-changes';
import { getMessages } from '@/lib/i18n';

/** One line of a registration as a registrant reads it: a label and the value in words. */
export type DetailLine = { key: keyof ChangeableDetails; label: string; value: string };

/** A registration's changeable details in words (labels for ids), in the form's order. */
export function describeDetails(details: ChangeableDetails, labels: RegistrationLabels): DetailLine[] {
  const t = getMessages().registrant.view;
  const f = t.fields;
  return [
    { key: 'fullName', label: f.fullName, value: details.fullName },
    { key: 'email', label: f.email, value: details.email },
    { key: 'organisation', label: f.organisation, value: details.organisation },
    { key: 'country', label: f.country, value: labels.country(details.country) },
    { key: 'organisationType', label: f.organisationType, value: labels.type(details.organisationType) },
    { key: 'groups', label: f.groups, value: details.groups.map(labels.group).join('; ') },
    { key: 'meetingSlug', label: f.meeting, value: details.meetingSlug ? labels.meeting(details.meetingSlug) : t.none },
    { key: 'contribution', label: f.contribution, value: details.contribution ?? t.none },
  ];
}
