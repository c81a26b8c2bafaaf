import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SOURCE = path.join(__dirname, 'ical-strict.c');

/**
 * libical's strict check (its parser, then `icalrestriction_check`) on an iCalendar text: the problems
 * it reports, one per line, or none. The checker is compiled once per source version against the
 * system's libical (Debian package libical-dev, which .ci/run installs).
 */
export function libicalProblems(text: string): string[] {
  const binary = checker();
  try {
    execFileSync(binary, { input: text, encoding: 'utf8' });
    return [];
  } catch (error) {
    const out = (error as { stdout?: string }).stdout ?? String(error);
    return out.split('\n').filter(Boolean);
  }
}

let built: string | undefined;
function checker(): string {
  if (built) return built;
  const source = fs.readFileSync(SOURCE);
  const binary = path.join(os.tmpdir(), `ical-strict-${createHash('sha256').update(source).digest('hex').slice(0, 12)}`);
  if (!fs.existsSync(binary)) {
    try {
      execFileSync('cc', ['-O1', '-o', `${binary}.tmp`, SOURCE, '-lical'], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(`could not build the libical checker (needs cc and libical-dev): ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
    }
    fs.renameSync(`${binary}.tmp`, binary);
  }
  built = binary;
  return binary;
}
