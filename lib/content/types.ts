import type { Locale } from '@/lib/i18n/locales';
import type {
  BodyId,
  DocumentFrontmatter,
  MeetingFrontmatter,
  OutcomesFrontmatter,
  PageFrontmatter,
  PlatformFrontmatter,
  WorkingGroupFrontmatter,
} from './schema';

/**
 * The loaded content. Every frontmatter field comes from the zod schemas in schema.ts; these types only
 * add what the loader derives (slugs, compiled MDX, links, file sizes, languages).
 * `mdx` is the compiled code from mdx-bundler, ready for `getMDXComponent`; '' when the body is empty.
 * `source` is the MDX body as written (without frontmatter), for search and feed summaries.
 * `sourcePath` is relative to the content directory, for messages and "edit this page" links: the
 * translation's file (`meetings/x.fr.mdx`) when the item is shown translated.
 *
 * Languages (decision 0130): an item asked for in a language is in that language where a translation
 * exists, and in English otherwise. `locale` says which: where it differs from the language asked for,
 * the page shows the text marked `lang="en"` under the notice listing `locales`. Fields that are never
 * translated (a group's `mandate`, quoted exactly from the English source) are English whatever `locale` says.
 */
export type MdxBody = {
  mdx: string;
  source: string;
  sourcePath: string;
  /** The language of this item's text: the language asked for where a translation exists, else 'en' */
  locale: Locale;
  /** Every language the item exists in: 'en' first, then its translations in code order (notice, hreflang, sitemap) */
  locales: readonly Locale[];
  /** True when `locale` is a translation made from an older English text (npm run i18n:check lists it) */
  outdated: boolean;
};

export type Platform = PlatformFrontmatter & MdxBody;

export type WorkingGroup = WorkingGroupFrontmatter & MdxBody & {
  /** wg1, from the file name */
  id: string;
  /** = id */
  slug: string;
};

export type Outcomes = OutcomesFrontmatter & MdxBody;

export type FileInfo = {
  /** Upper-case extension, such as PDF */
  type: string;
  bytes: number;
};

export type SiteDocument = DocumentFrontmatter & MdxBody & {
  slug: string;
  /** The file path under public/ (such as /documents/minutes.pdf) or the external URL */
  href: string;
  /** Computed at load for a file under public/; null for an external URL */
  fileInfo: FileInfo | null;
};

export type Meeting = MeetingFrontmatter & MdxBody & {
  slug: string;
  outcomes: Outcomes | null;
  /** Documents whose `meeting` is this meeting, latest first */
  documents: SiteDocument[];
};

export type Page = PageFrontmatter & MdxBody & { slug: string };

/**
 * An organising body: the Platform itself or a working group. Its names are made by the interface
 * (lib/site/bodies.ts: "Working Group 1: …" in the page's language) from these parts.
 */
export type Body = {
  id: BodyId;
  /** The group's number; null for the Platform */
  number: number | null;
  /** The group's title, or the Platform's title, in `locale` */
  title: string;
  /** The Platform's short title ('DEI Platform'); null for a group, whose short name is "Working Group N" */
  shortTitle: string | null;
  /** The language of `title` and `shortTitle` (see MdxBody.locale) */
  locale: Locale;
  /** '/working-groups/wg1', or '/' for the Platform (English path; other languages add their prefix) */
  href: string;
};

/** Everything under the content directory, validated and cross-checked, in one language. */
export type SiteContent = {
  /** The language asked for; each item's own `locale` says whether it is in it or in English */
  locale: Locale;
  platform: Platform;
  /** By number */
  workingGroups: WorkingGroup[];
  /** By date, earliest first */
  meetings: Meeting[];
  /** By date, latest first */
  documents: SiteDocument[];
  pages: Page[];
  /** The Platform first, then the groups by number */
  bodies: Body[];
};

/** One translation file and whether it is current, for `npm run i18n:check`. */
export type TranslationStatus = {
  /** The translation, relative to the content directory: `meetings/x.fr.mdx` */
  sourcePath: string;
  /** The English file it translates: `meetings/x.mdx` */
  englishPath: string;
  locale: Locale;
  /** The fingerprint of the English text it was made from, as the translation records it */
  translatedFrom: string;
  /** The fingerprint of the English text now */
  englishFingerprint: string;
  /** translatedFrom differs from englishFingerprint: the English changed after the translation was made */
  outdated: boolean;
};

/** The site in every language, from one load: English files and their translations, checked together. */
export type MultilingualContent = {
  /**
   * The site in `locale`: each item translated where a translation exists, English otherwise. Assembled on
   * first use for each language, then kept (the same object for every later call).
   * @throws RangeError for a code that is not one of the 24 languages
   */
  inLocale(locale: Locale): SiteContent;
  /** Every translation file, by path */
  translations: readonly TranslationStatus[];
};
