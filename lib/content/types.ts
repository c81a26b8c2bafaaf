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
 * `sourcePath` is relative to the content directory, for messages and "edit this page" links.
 */
export type Platform = PlatformFrontmatter & { mdx: string; sourcePath: string };

export type WorkingGroup = WorkingGroupFrontmatter & {
  /** wg1, from the file name */
  id: string;
  /** = id */
  slug: string;
  mdx: string;
  sourcePath: string;
};

export type Outcomes = OutcomesFrontmatter & { mdx: string; sourcePath: string };

export type FileInfo = {
  /** Upper-case extension, such as PDF */
  type: string;
  bytes: number;
};

export type SiteDocument = DocumentFrontmatter & {
  slug: string;
  mdx: string;
  /** The file path under public/ (such as /documents/minutes.pdf) or the external URL */
  href: string;
  /** Computed at load for a file under public/; null for an external URL */
  fileInfo: FileInfo | null;
  sourcePath: string;
};

export type Meeting = MeetingFrontmatter & {
  slug: string;
  mdx: string;
  outcomes: Outcomes | null;
  /** Documents whose `meeting` is this meeting, latest first */
  documents: SiteDocument[];
  sourcePath: string;
};

export type Page = PageFrontmatter & { slug: string; mdx: string; sourcePath: string };

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
