/**
 * S-OPS-5: a page that depends on the clock (upcoming or past meetings) is never served more than an
 * hour after the moment it changed, by Next or by the reverse proxy (decision 0121).
 *
 * Such pages export `revalidate = 1800` (Next needs the literal; tests/unit/pages/freshness.test.ts
 * checks every one against this constant) and next.config.ts sets `expireTime` to the same value. Then:
 * - Next never answers with a copy older than 30 minutes: past `expire` it renders again before
 *   answering instead of serving the stale copy (which `revalidate` alone, with Next's default
 *   `expireTime` of a year, does for the first visitor after a quiet spell);
 * - its header is `s-maxage=1800` with no `stale-while-revalidate`, so nginx keeps a copy (which may
 *   already be up to 30 minutes old) for at most 30 more minutes, and never serves an expired one
 *   (deploy/nginx.conf has no `proxy_cache_use_stale`).
 * So a visitor sees a page rendered at most 2 × 1800 s = 1 hour ago, and the change it missed
 * happened after that render: strictly less than an hour late.
 */
export const CLOCK_PAGE_REVALIDATE_SECONDS = 1800;

/** The longest a clock-dependent page can be served after it changed, through Next and one shared cache. */
export const MAX_STALENESS_SECONDS = 2 * CLOCK_PAGE_REVALIDATE_SECONDS;
