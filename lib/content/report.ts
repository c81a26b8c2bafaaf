import type { z } from 'zod';

/**
 * Content problems: each names the file (relative to the content directory), the field and what was
 * expected. All problems are collected before reporting, never only the first.
 */
export type ContentProblem = {
  /** Relative to the content directory, such as meetings/foo.mdx */
  file: string;
  /** Dotted field path such as date.day; '' for the file as a whole */
  field: string;
  /** What was expected and what was found, such as: expected a date written YYYY-MM-DD, got "21/11/2017" */
  message: string;
};

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

export function formatReport(problems: readonly ContentProblem[], contentDir: string): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field) || a.message.localeCompare(b.message),
  );
  const heading = `${problems.length} content ${problems.length === 1 ? 'problem' : 'problems'} in ${contentDir}:`;
  return [heading, ...sorted.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Thrown by the loader when the content directory has problems; the message is the whole report. */
export class ContentError extends Error {
  constructor(
    readonly problems: readonly ContentProblem[],
    contentDir: string,
  ) {
    super(formatReport(problems, contentDir));
    this.name = 'ContentError';
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a set of nested fields';
}

function describeType(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a set of nested fields';
    default:
      return expected;
  }
}

const DEFAULT_MESSAGE = /^(Invalid|Too small|Too big|Unrecognized)/;

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeType(issue.expected);
    case 'invalid_value':
      return `one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
      if (!DEFAULT_MESSAGE.test(issue.message)) return issue.message;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'non-empty text' : `at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}`;
      return `at least ${issue.minimum}`;
    case 'too_big':
      if (!DEFAULT_MESSAGE.test(issue.message)) return issue.message;
      return `at most ${issue.maximum}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return Array.isArray(options) ? `one of ${options.map(String).join(', ')}` : issue.message;
    }
    default:
      return issue.message;
  }
}

/** One problem per zod issue (one per unknown key), with the value that was found when zod reports it. */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  knownFields: readonly string[] = [],
  fieldPrefix: string[] = [],
): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const path = [...fieldPrefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      const known = path.length === fieldPrefix.length && knownFields.length > 0 ? `: ${knownFields.join(', ')}` : '';
      return issue.keys.map((key) => ({
        file,
        field: [...path, key].join('.'),
        message: `unknown field, expected only the known fields${known}`,
      }));
    }
    const input = 'input' in issue ? issue.input : undefined;
    if (issue.code === 'invalid_type' && input === undefined) {
      return [{ file, field: path.join('.'), message: `expected ${expectation(issue)} (a required field), got nothing` }];
    }
    let found = input;
    if (issue.code === 'invalid_union' && input && typeof input === 'object' && 'discriminator' in issue) {
      found = (input as Record<string, unknown>)[String(issue.discriminator)];
    }
    // Refinements over the whole object report the object itself; naming it adds nothing.
    const got = found !== undefined && (typeof found !== 'object' || Array.isArray(found)) ? `, got ${describeValue(found)}` : '';
    return [{ file, field: path.join('.'), message: `expected ${expectation(issue)}${got}` }];
  });
}
