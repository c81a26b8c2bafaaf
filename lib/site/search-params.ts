/** What Next hands a page as `searchParams` (a promise since Next 15): each query key, repeated keys as arrays. */
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;
