import type { Messages } from '@/lib/i18n/catalogues';

type NavKey = Exclude<keyof Messages['common']['nav'], 'label'>;

/** The primary navigation, in order; labels come from the messages. */
export const PRIMARY_NAV: readonly { key: NavKey; href: string }[] = [
  { key: 'home', href: '/' },
  { key: 'workingGroups', href: '/working-groups' },
  { key: 'meetings', href: '/meetings' },
  { key: 'documents', href: '/documents' },
  { key: 'participate', href: '/participate' },
];

/**
 * The `aria-current` value of a navigation item on the page at `path` (site-relative, no query):
 * `page` on the item's own page, `true` inside its section (`/meetings/…` under Meetings), nothing
 * elsewhere. Home is the current page only on `/` itself, never a section. As GOV.UK's service
 * navigation marks the active item.
 */
export function navCurrent(itemHref: string, path: string | undefined): 'page' | 'true' | undefined {
  if (!path) return undefined;
  if (path === itemHref) return 'page';
  if (itemHref !== '/' && path.startsWith(`${itemHref}/`)) return 'true';
  return undefined;
}
