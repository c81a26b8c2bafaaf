import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The Nu HTML Checker (vnu-jar, on the system's Java), run once over many documents: starting the JVM
 * costs seconds, checking a page costs milliseconds.
 */
const VNU_JAR = path.resolve(__dirname, '../../../node_modules/vnu-jar/build/dist/vnu.jar');

/** React writes action="" on Server Action forms; the spec (S-QUALITY) accepts exactly this error. */
export const KNOWN_ERRORS = [/^Bad value “” for attribute “action” on element “form”/];

export interface HtmlError {
  /** The name given with the document (its URL, for pages). */
  name: string;
  line?: number;
  column?: number;
  message: string;
  extract?: string;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
  extract?: string;
}

/** Writes each document into `dir` and returns every error vnu reports, minus the known exception. */
export function validateHtml(documents: { name: string; html: string }[], dir: string): HtmlError[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const nameOfFile = new Map<string, string>();
  documents.forEach((doc, i) => {
    const slug = doc.name.replace(/^https?:\/\/[^/]+/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    const file = path.join(dir, `${String(i).padStart(3, '0')}-${slug.slice(0, 80)}.html`);
    fs.writeFileSync(file, doc.html);
    nameOfFile.set(path.resolve(file), doc.name);
  });

  const result = spawnSync(
    'java',
    // A short-lived JVM: the client compiler and serial GC start faster and use half the CPU here.
    ['-Xss4m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-jar', VNU_JAR, '--format', 'json', '--errors-only', '--exit-zero-always', ...nameOfFile.keys()],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) {
    throw new Error(`could not run the Nu HTML Checker (java -jar ${VNU_JAR}): ${result.error.message}. Install a Java runtime (.ci/run installs default-jre-headless).`);
  }
  const output = result.stderr.trim() || result.stdout.trim();
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu HTML Checker exited ${result.status} without JSON output:\n${output.slice(0, 2000)}`);
  }

  const errors: HtmlError[] = [];
  for (const m of messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue; // warnings and info are advice, not failures
    const message = m.message ?? '(no message)';
    if (m.type === 'error' && KNOWN_ERRORS.some((known) => known.test(message))) continue;
    const file = m.url ? path.resolve(decodeURIComponent(m.url.replace(/^file:(\/\/)?/, ''))) : '';
    errors.push({
      name: nameOfFile.get(file) ?? (file || '(checker)'),
      line: m.lastLine,
      column: m.firstColumn ?? m.lastColumn,
      message,
      extract: m.extract,
    });
  }
  return errors;
}
