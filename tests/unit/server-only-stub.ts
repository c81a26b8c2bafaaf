// Replaces the `server-only` guard in unit tests, which run outside React Server Components.
export {};
