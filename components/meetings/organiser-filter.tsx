import { useLocale, useTranslations } from 'next-intl';
import { contentLang } from '@/components/language/language-notice';
import { Link } from '@/i18n/navigation';
import type { Body } from '@/lib/content/types';
import { bodyNames } from '@/lib/site/bodies';

type Props = {
  bodies: readonly Body[];
  /** The body whose meetings are shown; null for all meetings. */
  active: string | null;
};

export function organiserHref(bodyId: string | null): string {
  return bodyId ? `/meetings/organiser/${bodyId}` : '/meetings';
}

/**
 * Filtering by organiser is a set of links to prerendered pages, so it works without JavaScript and
 * every filtered view has its own address (docs/decisions/0021-meeting-filter-as-links.md).
 */
export function OrganiserFilter({ bodies, active }: Props) {
  const t = useTranslations('pages.meetings');
  const groupWords = useTranslations('pages.workingGroups');
  const locale = useLocale();
  const options = [
    { id: null, label: t('allOrganisers'), lang: undefined },
    ...bodies.map((b) => ({ id: b.id, label: bodyNames(b, groupWords).shortName, lang: b.number === null ? contentLang(b, locale) : undefined })),
  ];
  return (
    <nav aria-labelledby="organiser-filter-heading" className="no-print mb-8 border-l-4 border-eu-blue bg-surface p-4">
      <h2 id="organiser-filter-heading" className="mb-2 text-lg font-bold">
        {t('filterHeading')}
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((option) => {
          const current = option.id === active;
          return (
            <li key={option.id ?? 'all'}>
              <Link
                href={organiserHref(option.id)}
                aria-current={current ? 'page' : undefined}
                lang={option.lang}
                className={`inline-block py-1 ${current ? 'border-b-4 border-eu-blue font-bold text-ink no-underline' : ''}`}
              >
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
