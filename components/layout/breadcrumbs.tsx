import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { buildBreadcrumbs, type BreadcrumbLink } from './breadcrumb-trail';

type Props = {
  /** Where the trail starts: the site's home page unless a workspace has its own (the secretariat area). */
  root?: BreadcrumbLink;
  /** Pages between the root and this one, in order. */
  ancestors?: readonly BreadcrumbLink[];
  /** This page's own label (short form of its h1). */
  current: string;
  /** The language of that label where it is content shown untranslated (`"en"`). */
  currentLang?: Locale;
};

/**
 * On a phone only the home link and the parent stay (GOV.UK's "collapse on mobile"): the page's own
 * label repeats its h1, and a long meeting title would wrap the trail onto several lines.
 */
function visibility(index: number, count: number): string {
  const first = index === 0;
  const parent = index === count - 2;
  return first || parent ? 'flex' : 'hidden sm:flex';
}

export function Breadcrumbs({ root, ancestors = [], current, currentLang }: Props) {
  const t = useTranslations('common');
  const crumbs = buildBreadcrumbs(root ?? { label: t('home'), href: '/' }, ancestors, current);
  return (
    <nav aria-label={t('breadcrumbLabel')} className="no-print mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb, i) => (
          <li key={`${i}-${crumb.label}`} className={`${visibility(i, crumbs.length)} items-center gap-x-2`}>
            {i > 0 ? (
              <svg aria-hidden="true" focusable="false" viewBox="0 0 8 12" className="h-3 w-2 fill-current text-ink-muted">
                <path d="M1.5 0 0 1.5 4.5 6 0 10.5 1.5 12l6-6z" />
              </svg>
            ) : null}
            {crumb.href ? (
              <Link href={crumb.href} className="inline-block py-0.5">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="inline-block py-0.5" lang={currentLang}>
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
