import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { REPO_ROOT } from '../../../deploy/cluster/cluster';
import { sites, type SiteName } from '../support/sites';

/** Every file under `dir`, recursively (the server's build output). */
function filesUnder(dir: string): Set<string> {
  return new Set(fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)));
}

// Decision 0132: anyone can invent addresses; their 404 pages must not pile up on the server's disk.
test('addresses a client invents are answered 404 and write nothing to the server’s disk', async ({ request }) => {
  const serverDir = path.join(REPO_ROOT, sites[test.info().project.name as SiteName].distDir, 'server');
  const before = filesUnder(serverDir);
  const invented = Array.from({ length: 12 }, (_, i) => `${['', '/fr', '/pl', '/ga'][i % 4]}/${['nope', 'meetings', 'working-groups'][i % 3]}/invented-${Date.now()}-${i}`);
  for (const address of invented) {
    const res = await request.get(address, { maxRedirects: 0 });
    expect(res.status(), address).toBe(404);
    expect(await res.text(), address).toContain('<h1');
  }
  const written = [...filesUnder(serverDir)].filter((f) => !before.has(f));
  expect(written, 'files written under the build directory').toEqual([]);
});
