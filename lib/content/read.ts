import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { ContentProblem } from './report';

/** One MDX file split into frontmatter data and body. */
export type SourceFile = {
  /** Relative to the content directory, with forward slashes */
  sourcePath: string;
  /** File name without .mdx (or .outcomes.mdx) */
  slug: string;
  data: unknown;
  body: string;
  /** Lines before the body, so MDX errors give the line in the file */
  bodyLine: number;
};

/**
 * YAML with the core schema: `day: 2017-11-21` stays the text "2017-11-21" (the default schema would
 * turn it into a Date at midnight UTC, which the schemas then could not tell from a typo).
 */
const engines = {
  yaml: (source: string): object => (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object,
};

/*
 * Content is read at build time and when a page revalidates; `turbopackIgnore` keeps Next's file tracer
 * from following these dynamic paths into the whole repository.
 */
export async function readSource(
  contentDir: string,
  sourcePath: string,
  slug: string,
  problems: ContentProblem[],
): Promise<SourceFile | null> {
  const file = path.join(/* turbopackIgnore: true */ contentDir, sourcePath);
  const raw = await readFile(/* turbopackIgnore: true */ file, 'utf8');
  try {
    const parsed = matter(raw, { engines });
    const bodyLine = raw.split('\n').length - parsed.content.split('\n').length;
    return { sourcePath, slug, data: parsed.data, body: parsed.content, bodyLine };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({ file: sourcePath, field: 'frontmatter', message: `expected valid YAML between --- lines, got an error: ${reason}` });
    return null;
  }
}

/** Directory entries that are not hidden (.gitkeep, .DS_Store); [] when the directory does not exist. */
export async function listDir(dir: string): Promise<{ name: string; isFile: boolean; isDirectory: boolean }[]> {
  try {
    const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
    return entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => ({ name: e.name, isFile: e.isFile(), isDirectory: e.isDirectory() }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
