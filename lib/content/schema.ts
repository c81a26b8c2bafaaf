import { z } from 'zod';

/**
 * The only source of content types. Every frontmatter block is parsed with these schemas;
 * the types below are `z.infer` of them and nothing else.
 */

/** Organising bodies: the Platform itself or a working group, by id. */
export const PLATFORM_ID = 'platform';
export const groupIdSchema = z.string().regex(/^wg[0-9]+$/, 'a working group id such as wg1');
export const bodyIdSchema = z.union([z.literal(PLATFORM_ID), groupIdSchema]);

const isoDay = z.iso.date({ message: 'a date written YYYY-MM-DD' });
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time written HH:MM (24-hour clock)');
const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'an IANA time zone such as Europe/Brussels' },
);

/** A date is exact (a day, with optional times) or month-only for a date still to be confirmed. */
export const meetingDateSchema = z.discriminatedUnion('precision', [
  z.object({
    precision: z.literal('day'),
    day: isoDay,
    start: clockTime.optional(),
    end: clockTime.optional(),
  }),
  z.object({ precision: z.literal('month'), month: isoMonth }),
]);

export const meetingStatusSchema = z.enum(['scheduled', 'tbc', 'postponed', 'cancelled', 'held']);
export const meetingFormatSchema = z.enum(['in-person', 'online', 'hybrid']);

export const venueSchema = z.object({
  name: z.string().min(1).optional(),
  address: z.string().min(1).optional(),
  city: z.string().min(1),
  country: z.string().min(1).optional(),
});

export const meetingFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    body: bodyIdSchema,
    status: meetingStatusSchema,
    date: meetingDateSchema,
    timeZone: timeZone.default('Europe/Brussels'),
    /** Unknown while a meeting is still to be confirmed, so optional. */
    format: meetingFormatSchema.optional(),
    venue: venueSchema.optional(),
    onlineUrl: z.url({ message: 'an absolute URL' }).optional(),
    agenda: z.array(z.string().min(1)).optional(),
    registrationDeadline: isoDay.optional(),
    /** Raised by editors whenever the meeting changes, so calendars pick up the change. */
    revision: z.number().int().min(0).default(0),
    /** Optional: places at the meeting; once taken, "I will attend" joins a waiting list (S-INVITE-2). */
    capacity: z.number().int().min(1).max(100000).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if ((m.format === 'in-person' || m.format === 'hybrid') && !m.venue) {
      const kind = m.format === 'hybrid' ? 'a hybrid' : 'an in-person';
      ctx.addIssue({ code: 'custom', path: ['venue'], message: `a venue (at least a city) for ${kind} meeting` });
    }
    if ((m.format === 'online' || m.format === 'hybrid') && !m.onlineUrl) {
      const kind = m.format === 'hybrid' ? 'a hybrid' : 'an online';
      ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: `a link to join ${kind} meeting` });
    }
    if (m.date.precision === 'day' && m.date.start && m.date.end && m.date.end <= m.date.start) {
      ctx.addIssue({ code: 'custom', path: ['date', 'end'], message: 'an end time after the start time' });
    }
    if (m.date.precision === 'month' && m.status !== 'tbc' && m.status !== 'postponed' && m.status !== 'cancelled') {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'tbc, postponed or cancelled for a month-only date (a held or scheduled meeting has a day)',
      });
    }
  });

/** Outcomes live beside the meeting as `<slug>.outcomes.mdx`; its presence publishes them. */
export const outcomesFrontmatterSchema = z
  .object({
    title: z.string().min(1).default('Outcomes'),
    published: isoDay.optional(),
  })
  .strict();

export const workingGroupFrontmatterSchema = z
  .object({
    number: z.number().int().min(1),
    title: z.string().min(1),
    /** The mandate exactly as the source text words it, so the 2017 groups are never confused with others. */
    mandate: z.string().min(1),
    /** The meeting that created the group, by slug. */
    createdAt: z.string().min(1).optional(),
    summary: z.string().min(1),
  })
  .strict();

const languageCode = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as en');

export const documentFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    date: isoDay,
    languages: z.array(languageCode).min(1, 'at least one language'),
    /** A path under public/, such as /documents/minutes.pdf. */
    file: z.string().regex(/^\/[^\s]+$/, 'a path under public/ starting with /').optional(),
    url: z.url({ message: 'an absolute URL' }).optional(),
    owner: bodyIdSchema,
    meeting: z.string().min(1).optional(),
    kind: z.enum(['minutes', 'report', 'agenda', 'presentation', 'other']).default('other'),
  })
  .strict()
  .refine((d) => Boolean(d.file) !== Boolean(d.url), {
    path: ['file'],
    message: 'exactly one of file (under public/) or url',
  });

export const pageFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    updated: isoDay,
    /** Recorded with each consent, so the statement someone agreed to can be traced. */
    version: z.string().min(1).optional(),
  })
  .strict();

export const platformFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    description: z.string().min(1),
    initiative: z.string().min(1),
    initiativeShort: z.string().min(1),
    /** Who runs the site, as the footer names it on every page (S-PRIVACY-1). */
    owner: z.string().min(1),
    /** A public contact address for the footer; without one, the footer links to /contact. */
    contactEmail: z.email({ message: 'an email address' }).optional(),
  })
  .strict();

export type MeetingDate = z.infer<typeof meetingDateSchema>;
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;
export type MeetingFormat = z.infer<typeof meetingFormatSchema>;
export type MeetingFrontmatter = z.infer<typeof meetingFrontmatterSchema>;
export type OutcomesFrontmatter = z.infer<typeof outcomesFrontmatterSchema>;
export type WorkingGroupFrontmatter = z.infer<typeof workingGroupFrontmatterSchema>;
export type DocumentFrontmatter = z.infer<typeof documentFrontmatterSchema>;
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type PlatformFrontmatter = z.infer<typeof platformFrontmatterSchema>;
export type BodyId = z.infer<typeof bodyIdSchema>;

/*
 * Content translations (decision 0130): `<file>.<code>.mdx` beside the English `<file>.mdx` carries only
 * the fields a translator translates, `translatedFrom`, and its MDX body. Structural fields (dates,
 * status, organiser, files, revision...) come from the English file alone; the loader refuses them in a
 * translation with a reason, and asks for exactly the translatable fields the English file sets.
 * A working group's `mandate` is not translatable: it is quoted exactly as the source words it (S-CONTENT-8).
 */

/**
 * The fingerprint a translation records of the English text it was made from (lib/content/translation.ts):
 * `sha256:` and 12 hexadecimal digits. The prefix keeps YAML from reading a fingerprint made only of
 * digits (`000123456789`, `12e456789012`) as a number.
 */
export const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{12}$/;

export const translatedFromSchema = z
  .string()
  .regex(
    FINGERPRINT_PATTERN,
    'the fingerprint of the English text this translation was made from (sha256: and 12 hexadecimal digits, as npm run i18n:check prints it)',
  );

const platformFields = platformFrontmatterSchema.shape;
const groupFields = workingGroupFrontmatterSchema.shape;
const meetingFields = meetingFrontmatterSchema.shape;
const pageFields = pageFrontmatterSchema.shape;

/** One schema per kind of content file, each holding only its translatable fields. */
export const translationSchemas = {
  platform: z
    .object({
      translatedFrom: translatedFromSchema,
      title: platformFields.title.optional(),
      shortTitle: platformFields.shortTitle.optional(),
      description: platformFields.description.optional(),
      initiative: platformFields.initiative.optional(),
      initiativeShort: platformFields.initiativeShort.optional(),
      owner: platformFields.owner.optional(),
    })
    .strict(),
  'working-group': z
    .object({
      translatedFrom: translatedFromSchema,
      title: groupFields.title.optional(),
      summary: groupFields.summary.optional(),
    })
    .strict(),
  meeting: z
    .object({
      translatedFrom: translatedFromSchema,
      title: meetingFields.title.optional(),
      summary: meetingFields.summary.optional(),
      agenda: meetingFields.agenda,
      /** Names as the translation's readers write them (Bruxelles, Brüssel); each part optional, else the English one. */
      venue: venueSchema.partial().strict().optional(),
    })
    .strict(),
  outcomes: z
    .object({
      translatedFrom: translatedFromSchema,
      title: z.string().min(1).optional(),
    })
    .strict(),
  document: z
    .object({
      translatedFrom: translatedFromSchema,
      title: documentFrontmatterSchema.shape.title.optional(),
    })
    .strict(),
  page: z
    .object({
      translatedFrom: translatedFromSchema,
      title: pageFields.title.optional(),
      description: pageFields.description.optional(),
    })
    .strict(),
};

/** The kinds of content file, as the loader and the translation check name them. */
export type ContentKind = keyof typeof translationSchemas;

export type PlatformTranslation = z.infer<(typeof translationSchemas)['platform']>;
export type WorkingGroupTranslation = z.infer<(typeof translationSchemas)['working-group']>;
export type MeetingTranslation = z.infer<(typeof translationSchemas)['meeting']>;
export type OutcomesTranslation = z.infer<(typeof translationSchemas)['outcomes']>;
export type DocumentTranslation = z.infer<(typeof translationSchemas)['document']>;
export type PageTranslation = z.infer<(typeof translationSchemas)['page']>;
export type TranslationFrontmatter = z.infer<(typeof translationSchemas)[ContentKind]>;
