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
 * add what the loader derives (slugs, compiled MDX, links, file sizes).
 * `mdx` is the compiled code from mdx-bundler, ready for `getMDXComponent`; '' when the body is empty.
 * `source` is the MDX body as written (without frontmatter), for search and feed summaries.
 * `sourcePath` is relative to the content directory, for messages and "edit this page" links.
 */
export type MdxBody = { mdx: string; source: string; sourcePath: string };

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

/** An organising body: the Platform itself or a working group. */
export type Body = {
  id: BodyId;
  /** 'Working Group 1: Digital Innovation Hubs, investments and skills', or the Platform's title */
  name: string;
  /** 'Working Group 1', or the Platform's short title ('DEI Platform') */
  shortName: string;
  /** '/working-groups/wg1', or '/' for the Platform */
  href: string;
};

/** Everything under the content directory, validated and cross-checked. */
export type SiteContent = {
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
