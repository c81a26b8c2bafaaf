import fs from 'node:fs';
import path from 'node:path';
import { sites } from './sites';

/**
 * The slug of a fixture meeting by the end of its file name ("example-group-1-spring-meeting"), so that
 * specs keep working when the fixtures' dates move (the date is the start of the slug).
 */
export function fixtureMeetingSlug(nameEnd: string): string {
  const dir = path.join(sites.fixtures.contentDir, 'meetings');
  const file = fs.readdirSync(dir).find((f) => f.endsWith(`-${nameEnd}.mdx`));
  if (!file) throw new Error(`no fixture meeting ending in "${nameEnd}" in ${dir}`);
  return file.replace(/\.mdx$/, '');
}
