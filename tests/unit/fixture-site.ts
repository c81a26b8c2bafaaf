import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Points the environment at the fixture site before any server module reads it (getEnv parses once),
 * with a private MDX cache so parallel test files never share one.
 */
export function pointAtFixtureSite(siteUrl = 'https://dei.example.eu', contentDir = '../fixtures/content'): void {
  process.env.CONTENT_DIR = path.resolve(__dirname, contentDir);
  process.env.MDX_CACHE_DIR = mkdtempSync(path.join(os.tmpdir(), 'feeds-mdx-'));
  process.env.SITE_URL = siteUrl;
}
