import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { getEnv } from '@/lib/env';
import {
  meetingFrontmatterSchema,
  pageFrontmatterSchema,
  workingGroupFrontmatterSchema,
  type MeetingFrontmatter,
} from '@/lib/content/schema';

/**
 * What the form needs from the content, read through the content schemas. TEMPORARY: replaced by the
 * content loader (lib/content: getWorkingGroups, getMeetings, the privacy page) once it is merged; only
 * this file changes then.
 */
export interface ContentForForm {
  groups: { id: string; number: number; title: string }[];
  meetings: (MeetingFrontmatter & { slug: string })[];
  privacyVersion: string | null;
}

async function mdxFiles(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter((f) => f.endsWith('.mdx') && !f.endsWith('.outcomes.mdx')).sort();
  } catch {
    return [];
  }
}

async function frontmatter(file: string): Promise<unknown> {
  return matter(await fs.readFile(file, 'utf8')).data;
}

export async function readContentForForm(): Promise<ContentForForm> {
  const root = path.resolve(getEnv().CONTENT_DIR);
  const groups = [];
  for (const f of await mdxFiles(path.join(root, 'working-groups'))) {
    const fm = workingGroupFrontmatterSchema.parse(await frontmatter(path.join(root, 'working-groups', f)));
    groups.push({ id: f.replace(/\.mdx$/, ''), number: fm.number, title: fm.title });
  }
  const meetings = [];
  for (const f of await mdxFiles(path.join(root, 'meetings'))) {
    const fm = meetingFrontmatterSchema.parse(await frontmatter(path.join(root, 'meetings', f)));
    meetings.push({ ...fm, slug: f.replace(/\.mdx$/, '') });
  }
  let privacyVersion: string | null = null;
  try {
    const page = pageFrontmatterSchema.parse(await frontmatter(path.join(root, 'pages', 'privacy.mdx')));
    privacyVersion = page.version ?? page.updated;
  } catch {
    privacyVersion = null;
  }
  return { groups: groups.sort((a, b) => a.number - b.number), meetings, privacyVersion };
}

/** Until the end of its day (or month, for a month-only date), counted generously in UTC+14. */
export function isUpcomingMeeting(meeting: MeetingFrontmatter, now: Date): boolean {
  const d = meeting.date;
  let end: number;
  if (d.precision === 'month') {
    const [y = 0, m = 0] = d.month.split('-').map(Number);
    end = Date.UTC(y, m, 1);
  } else {
    const [y = 0, m = 0, day = 0] = d.day.split('-').map(Number);
    end = Date.UTC(y, m - 1, day + 1);
  }
  return now.getTime() < end + 14 * 3600_000;
}
