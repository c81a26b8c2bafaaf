import { z } from 'zod';
import { COUNTRIES, ORGANISATION_TYPES } from '@/lib/registration/options';

/**
 * The registrations list's filters, read from the URL (GET forms, so they work without JavaScript and
 * can be bookmarked) and written back into links and the export URL. Unknown or malformed values are
 * dropped rather than refused: a filter never yields an error page.
 */
export const PAGE_SIZE = 25;
export const SEARCH_MAX_LENGTH = 200;

const optionalText = (max: number) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined));

const filtersSchema = z.object({
  q: optionalText(SEARCH_MAX_LENGTH),
  group: optionalText(64),
  country: optionalText(16),
  type: optionalText(64),
  status: z.enum(['confirmed', 'unconfirmed']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type RegistrationFilters = z.infer<typeof filtersSchema>;

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: SearchParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parseFilters(params: SearchParams): RegistrationFilters {
  const keys = ['q', 'group', 'country', 'type', 'status', 'page'] as const;
  return filtersSchema.parse(Object.fromEntries(keys.map((k) => [k, first(params, k)])));
}

/** The query string for these filters (page omitted when 1), for links and the export. */
export function filtersToQuery(filters: RegistrationFilters, overrides: Partial<RegistrationFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of ['q', 'group', 'country', 'type', 'status'] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The filters as the audit log records them (S-PRIVACY-2): the ids of a group, country, type and status,
 * and `q=*` for any search text, which is never stored. A value that is not a known id (typed into the
 * URL) is recorded as `*` too, since it could be anything, a name included.
 */
export function auditFilters(filters: RegistrationFilters): string {
  const known: Record<'group' | 'country' | 'type' | 'status', (v: string) => boolean> = {
    group: (v) => /^wg[0-9]{1,4}$/.test(v),
    country: (v) => (COUNTRIES as readonly string[]).includes(v),
    type: (v) => (ORGANISATION_TYPES as readonly string[]).includes(v),
    status: (v) => v === 'confirmed' || v === 'unconfirmed',
  };
  const params = new URLSearchParams();
  if (filters.q) params.set('q', '*');
  for (const key of ['group', 'country', 'type', 'status'] as const) {
    const value = filters[key];
    if (value) params.set(key, known[key](value) ? value : '*');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
