import { z } from 'zod';

/**
 * The environment, parsed once with zod. Every other module reads configuration from here,
 * never from `process.env`, so that a bad value fails at start-up with a message naming it.
 */
const positiveIntOrZero = (fallback: number) =>
  z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more').default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .default('file:data/dei.sqlite')
    .refine((v) => v.startsWith('file:') || /^postgres(ql)?:\/\//.test(v), {
      message: 'must start with file: (SQLite) or postgres:// (PostgreSQL)',
    }),
  SITE_URL: z
    .url({ message: 'must be an absolute URL such as https://example.eu' })
    .default('http://localhost:3000')
    .transform((v) => v.replace(/\/+$/, '')),
  CONTENT_DIR: z.string().min(1).default('content'),
  MDX_CACHE_DIR: z.string().min(1).default('.cache/mdx'),
  ADMIN_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SMTP_URL: z.url({ message: 'must be a URL such as smtp://host:25' }).optional(),
  MAIL_FROM: z.string().min(3).default('DEI Platform secretariat <no-reply@localhost>'),
  SECRETARIAT_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  TRUSTED_PROXY_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i, 'must be a header name such as x-real-ip')
    .transform((v) => v.toLowerCase())
    .optional(),
  RATE_LIMIT_MAX: positiveIntOrZero(10),
  RATE_LIMIT_WINDOW_SECONDS: positiveIntOrZero(600),
  RETENTION_DAYS: positiveIntOrZero(365),
  UNCONFIRMED_RETENTION_DAYS: positiveIntOrZero(30),
  /** Mail the public can cause to one address (registration, change, manage link) per UTC day; 0 = no limit. */
  MAIL_PER_ADDRESS_PER_DAY: positiveIntOrZero(5),
  /** Days the audit log keeps an entry; 0 = for ever. */
  AUDIT_RETENTION_DAYS: positiveIntOrZero(365),
  /** Days before a meeting its attendees are reminded of it (S-INVITE-3); 0 = no reminders. */
  REMINDER_DAYS_BEFORE: positiveIntOrZero(2),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parses the environment once; throws a readable list of every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  // Empty strings count as unset so that `FOO=` in a shell behaves like no FOO at all.
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  cached = result.data;
  return cached;
}
