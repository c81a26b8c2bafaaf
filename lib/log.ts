import { format } from 'node:util';
import pino, { type Logger } from 'pino';

/**
 * Structured logs (S-OPS-7, decision 0125): one JSON object a line on standard output, with `level` (a
 * name), `time` (ISO 8601), `msg`, the `scope` that wrote it and, inside a request, its `requestId`
 * (set by server.mjs). Nothing personal or secret is written: fields named like a password, token, email
 * or cookie are replaced by "[redacted]", e-mail addresses and link tokens inside any text are masked,
 * and errors keep their type, code, message and stack but not the fields where drivers copy row values
 * (PostgreSQL's `detail`, `where`, ...). Refer to people by registration reference or id.
 */

const EMAIL = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[A-Za-z0-9-]{2,}/g;
/** Link and session tokens are 32 random bytes in base64url (lib/auth/tokens.ts): 43 characters. */
const TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** Masks e-mail addresses and tokens in free text (error messages, SMTP replies, URLs). */
export function scrub(text: string): string {
  return text.replace(EMAIL, '[email]').replace(TOKEN, '[token]');
}

type LoggedError = { type: string; message: string; code?: string; stack?: string; cause?: LoggedError };

/** An error as logged: never its own enumerable fields, which drivers fill with row values. */
export function serializeError(value: unknown, depth = 0): LoggedError {
  if (!(value instanceof Error)) return { type: typeof value, message: scrub(format('%s', value)) };
  const code = (value as { code?: unknown }).code;
  return {
    type: value.name,
    message: scrub(value.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(value.stack ? { stack: scrub(value.stack) } : {}),
    ...(value.cause !== undefined && depth < 3 ? { cause: serializeError(value.cause, depth + 1) } : {}),
  };
}

const SECRET_KEYS = ['password', 'passwordHash', 'token', 'email', 'toAddress', 'fullName', 'cookie', 'authorization'];

/** A logger writing to `destination` (standard output by default); the app uses `logger`. */
export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(options, destination);
}

const options: pino.LoggerOptions = {
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  serializers: { err: serializeError, error: serializeError },
  redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`)], censor: '[redacted]' },
  hooks: {
    // Every string argument (the message and its printf values) is scrubbed before it is written.
    logMethod(args, method) {
      const clean = args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>;
      method.apply(this, clean);
    },
  },
};

export const logger: Logger = createLogger();

/** The logger of one part of the application (`mail`, `registration`...). */
export function scopedLogger(scope: string): Logger {
  return logger.child({ scope });
}

/**
 * The logger for code running inside a request: carries the request id that server.mjs put in the
 * `x-request-id` header, so every line of one request can be found together.
 */
export async function requestLogger(scope: string): Promise<Logger> {
  let requestId: string | null = null;
  try {
    const { headers } = await import('next/headers');
    requestId = (await headers()).get('x-request-id');
  } catch {
    // Outside a request (start-up, timers): no id to add.
  }
  return logger.child(requestId ? { scope, requestId } : { scope });
}

const LEVELS = { debug: 'debug', log: 'info', info: 'info', warn: 'warn', error: 'error' } as const;

/**
 * Sends `console.*` (Next's own messages and any library's) through the logger, so that every line the
 * server writes is one JSON object. Called once at start-up (instrumentation.ts).
 */
export function routeConsoleToLogger(): void {
  const framework = logger.child({ scope: 'next' });
  for (const [method, level] of Object.entries(LEVELS) as [keyof typeof LEVELS, (typeof LEVELS)[keyof typeof LEVELS]][]) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((a): a is Error => a instanceof Error);
      const text = format(...args.map((a) => (a instanceof Error ? a.message : a))).replace(/\u001b\[[0-9;]*m/g, '');
      if (error) framework[level]({ err: error }, text);
      else framework[level](text);
    };
  }
}
