import Link from 'next/link';
import type { WorkingGroup } from '@/lib/content/types';
import { getMessages } from '@/lib/i18n';

type Props = { groups: readonly WorkingGroup[]; headingLevel?: 2 | 3 };

/** The working groups as cards: number, title (the link) and summary. */
export function GroupCards({ groups, headingLevel = 3 }: Props) {
  const t = getMessages().pages.workingGroups;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-6 md:grid-cols-3">
      {groups.map((group) => (
        <li key={group.slug} className="flex flex-col border-t-4 border-eu-blue bg-surface p-5">
          <Heading className="text-xl leading-snug font-bold">
            <span className="mb-1 block text-base font-normal text-ink-muted">{t.groupName(group.number)}</span>
            <Link href={`/working-groups/${group.slug}`}>{group.title}</Link>
          </Heading>
          <p className="mt-3">{group.summary}</p>
        </li>
      ))}
    </ul>
  );
}
