import type { Messages } from '@/lib/i18n';

type NavKey = Exclude<keyof Messages['common']['nav'], 'label'>;

/** The primary navigation, in order; labels come from the messages. */
export const PRIMARY_NAV: readonly { key: NavKey; href: string }[] = [
  { key: 'home', href: '/' },
  { key: 'workingGroups', href: '/working-groups' },
  { key: 'meetings', href: '/meetings' },
  { key: 'documents', href: '/documents' },
  { key: 'participate', href: '/participate' },
];
