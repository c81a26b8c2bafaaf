import type { Messages } from '@/lib/i18n';

export type AdminSection = 'registrations' | 'meetings' | 'mail' | 'audit';

/** The secretariat area's sections, in order; labels come from the messages. */
export const ADMIN_NAV: readonly { section: AdminSection; key: Exclude<keyof Messages['admin']['nav'], 'label' | 'signOut' | 'signedInAs' | 'home'>; href: string }[] = [
  { section: 'registrations', key: 'registrations', href: '/admin' },
  { section: 'meetings', key: 'meetings', href: '/admin/meetings' },
  { section: 'mail', key: 'mail', href: '/admin/mail' },
  { section: 'audit', key: 'audit', href: '/admin/audit' },
];
