/**
 * Builds the two production sites the end-to-end tests run against (see tests/e2e/support/sites.ts):
 * `seed` from content/ into .next, `fixtures` from tests/fixtures/content into .next-fixtures.
 *
 * E2E_SKIP_BUILD=1 reuses an existing build when it was made for the same content and origin
 * (recorded in <distDir>/e2e-build.json); otherwise that site is built anyway.
 * E2E_SITES=seed,fixtures limits which sites are considered (default: fixtures,seed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { selectedSites, siteEnv, type Site } from '../tests/e2e/support/sites';

const root = path.resolve(__dirname, '..');
const stampName = 'e2e-build.json';

function stampFor(site: Site): string {
  return JSON.stringify({ contentDir: site.contentDir, origin: site.origin });
}

function existingBuildMatches(site: Site): boolean {
  const dist = path.join(root, site.distDir);
  try {
    return (
      fs.existsSync(path.join(dist, 'BUILD_ID')) &&
      fs.readFileSync(path.join(dist, stampName), 'utf8') === stampFor(site)
    );
  } catch {
    return false;
  }
}

function build(site: Site): void {
  const started = Date.now();
  console.log(`\n[build-test-sites] npm run build for "${site.name}" (${site.contentDir} -> ${site.distDir}, ${site.origin})`);
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...siteEnv(site) },
  });
  if (result.status !== 0) {
    console.error(`[build-test-sites] the "${site.name}" build failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(path.join(root, site.distDir, stampName), stampFor(site));
  console.log(`[build-test-sites] "${site.name}" built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Fixtures first: next build points next-env.d.ts at the last dist dir, and .next is the usual one.
let wanted: Site[];
try {
  wanted = selectedSites();
} catch (error) {
  console.error(`[build-test-sites] ${(error as Error).message}`);
  process.exit(2);
}

for (const site of wanted) {
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (existingBuildMatches(site)) {
      console.log(`[build-test-sites] E2E_SKIP_BUILD=1: reusing the "${site.name}" build in ${site.distDir}`);
      continue;
    }
    console.log(`[build-test-sites] E2E_SKIP_BUILD=1 but ${site.distDir} holds no build for ${site.origin}; building it`);
  }
  build(site);
}
