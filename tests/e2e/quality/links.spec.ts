import { expect, test } from '@playwright/test';
import { getResources } from '../support/crawl';

test('every internal link and asset answers 200', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const resources = await getResources(baseURL!);
  expect(resources.length, 'the pages reference nothing on their own origin').toBeGreaterThan(0);
  const broken = resources
    .filter((r) => r.status !== 200)
    .map((r) => {
      const where = r.location ? ` to ${r.location} (link to the final URL)` : '';
      return `  ${r.path} answered ${r.status}${where}; referenced from ${r.referencedFrom.join(', ')}`;
    });
  expect(broken, `internal links and assets that do not answer 200:\n${broken.join('\n')}`).toEqual([]);
});
