import 'server-only';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { getEnv } from '@/lib/env';

const run = promisify(execFile);

/**
 * When each content file last changed, by the date of the last commit that touched it, keyed by its
 * path relative to the content folder (`meetings/x.mdx`). File times are not used: a checkout or a copy
 * gives every file the same time (decision 0124). One `git log` for the whole folder, read once per
 * process. Outside a git checkout, or for a file never committed, there is no entry and callers fall
 * back to a date the content itself gives.
 */
let loading: Promise<Map<string, Date>> | undefined;

export function getContentCommitDates(): Promise<Map<string, Date>> {
  loading ??= readCommitDates(getEnv().CONTENT_DIR);
  return loading;
}

export async function readCommitDates(contentDir: string): Promise<Map<string, Date>> {
  const dates = new Map<string, Date>();
  let out: string;
  try {
    ({ stdout: out } = await run('git', ['-C', contentDir, 'log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '.'], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch {
    return dates;
  }
  let current: Date | null = null;
  for (const line of out.split('\n')) {
    if (line.startsWith('\0')) current = new Date(line.slice(1));
    else if (line && current && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}
