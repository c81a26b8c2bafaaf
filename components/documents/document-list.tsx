import { useLocale, useTranslations } from 'next-intl';
import { contentLang } from '@/components/language/language-notice';
import { DayDate } from '@/components/ui/day-date';
import { Link } from '@/i18n/navigation';
import type { Body, Meeting, SiteDocument } from '@/lib/content/types';
import { bodyNames } from '@/lib/site/bodies';
import { fileLabel, languageList } from './document-labels';

type Props = {
  documents: readonly SiteDocument[];
  bodies: readonly Body[];
  /** To name the meeting a document belongs to; omit on a meeting's own page. */
  meetings?: readonly Pick<Meeting, 'slug' | 'title' | 'locale'>[];
  headingLevel?: 2 | 3 | 4;
  /** Hide the owner where the page is already about that body. */
  showOwner?: boolean;
};

/** Documents in the Europa Component Library's file-list manner: title, then type, size and language. */
export function DocumentList({ documents, bodies, meetings = [], headingLevel = 3, showOwner = true }: Props) {
  const t = useTranslations('pages.documents');
  const groupWords = useTranslations('pages.workingGroups');
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="border-t border-rule">
      {documents.map((doc) => {
        const owner = bodies.find((b) => b.id === doc.owner);
        const meeting = doc.meeting ? meetings.find((mt) => mt.slug === doc.meeting) : undefined;
        // The file's own language, when it has one, is where its link leads (hreflang). The title is marked
        // with the language it is written in when that is not the page's: the document's one language for a
        // title not translated, else the language of the text shown.
        const onlyLanguage = doc.languages.length === 1 ? doc.languages[0] : undefined;
        const titleLang = doc.locale === locale ? undefined : (onlyLanguage ?? doc.locale);
        return (
          <li key={doc.slug} id={doc.slug} className="flex gap-4 border-b border-rule py-5">
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-1 h-8 w-8 shrink-0 fill-eu-blue">
              {doc.fileInfo ? (
                <path d="M6 2h8l6 6v13a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1Zm7 1.5V9h5.5L13 3.5ZM8 13v2h8v-2H8Zm0 4v2h8v-2H8Z" />
              ) : (
                <path d="M14 3h7v7h-2V6.41l-8.29 8.3-1.42-1.42L17.59 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z" />
              )}
            </svg>
            <div className="min-w-0">
              <Heading className="text-lg font-bold">
                <a href={doc.href} hrefLang={onlyLanguage} lang={titleLang} className="break-words">
                  {doc.title}
                </a>
              </Heading>
              <p className="mt-1 text-ink-muted">
                {t('meta', { kind: t(`kind.${doc.kind}`), file: fileLabel(doc.fileInfo, t, locale) })}
              </p>
              <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold">{doc.languages.length > 1 ? t('languages') : t('language')}</dt>
                <dd>{languageList(doc.languages, locale)}</dd>
                <dt className="font-semibold">{t('date')}</dt>
                <dd>
                  <DayDate day={doc.date} />
                </dd>
                {showOwner && owner ? (
                  <>
                    <dt className="font-semibold">{t('owner')}</dt>
                    <dd>
                      <Link href={owner.href} lang={owner.number === null ? contentLang(owner, locale) : undefined}>
                        {bodyNames(owner, groupWords).shortName}
                      </Link>
                    </dd>
                  </>
                ) : null}
                {meeting ? (
                  <>
                    <dt className="font-semibold">{t('meeting')}</dt>
                    <dd>
                      <Link href={`/meetings/${meeting.slug}`} lang={contentLang(meeting, locale)}>
                        {meeting.title}
                      </Link>
                    </dd>
                  </>
                ) : null}
              </dl>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
