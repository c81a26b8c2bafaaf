export type BreadcrumbLink = { label: string; href: string };
export type Breadcrumb = { label: string; href: string | null; current: boolean };

/**
 * Turns a page's ancestors plus its own label into the list the breadcrumbs render: home first, every
 * ancestor a link, and the page itself last, unlinked and marked current.
 */
export function buildBreadcrumbs(
  home: BreadcrumbLink,
  ancestors: readonly BreadcrumbLink[],
  currentLabel: string,
): Breadcrumb[] {
  return [
    { label: home.label, href: home.href, current: false },
    ...ancestors.map((a) => ({ label: a.label, href: a.href, current: false })),
    { label: currentLabel, href: null, current: true },
  ];
}
