import { useLocale, useTranslations } from 'next-intl';
import { contentLang } from '@/components/language/language-notice';
import { Link } from '@/i18n/navigation';
import type { WorkingGroup } from '@/lib/content/types';

type Props = { groups: readonly WorkingGroup[]; headingLevel?: 2 | 3 };

/** The working groups as cards: number, title (the link) and summary, the content marked with its language. */
export function GroupCards({ groups, headingLevel = 3 }: Props) {
  const t = useTranslations('pages.workingGroups');
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-6 md:grid-cols-3">
      {groups.map((group) => {
        const lang = contentLang(group, locale);
        return (
          <li key={group.slug} className="flex flex-col border-t-4 border-eu-blue bg-surface p-5">
            <Heading className="text-xl leading-snug font-bold">
              <span className="mb-1 block text-base font-normal text-ink-muted">{t('groupName', { number: group.number })}</span>
              <Link href={`/working-groups/${group.slug}`} lang={lang}>
                {group.title}
              </Link>
            </Heading>
            <p className="mt-3" lang={lang}>
              {group.summary}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
