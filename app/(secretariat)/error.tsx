'use client';

/**
 * The secretariat area's page for an unexpected error (S-OPS-4): the public site's error page, in English
 * (the area has no language in its address), with the site's header and navigation. Without it, an error
 * in the area fell through to global-error.tsx, which has neither.
 */
export { default } from '../[locale]/error';
