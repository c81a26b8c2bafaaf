import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { compileMdxInProcess, getCompileStats, MdxCompileError, type MdxJob } from '@/lib/content/mdx';
import { compileMdxInThreads } from '@/lib/content/mdx-pool';
import { formatProblem } from '@/lib/content/report';

const repo = path.resolve(__dirname, '../../..');
const fixtures = path.join(repo, 'tests/fixtures/content');
const publicDir = path.join(repo, 'public');
const tmp = (name: string) => mkdtemp(path.join(os.tmpdir(), `dei-mdx-pool-${name}-`));

const jobs: MdxJob[] = [
  { source: '# One\n\nA *first* body.\n', filePath: 'a.mdx', lineOffset: 3 },
  { source: '| a | b |\n|---|---|\n| 1 | 2 |\n', filePath: 'b.mdx', lineOffset: 4 },
  { source: '  \n', filePath: 'empty.mdx', lineOffset: 2 },
  { source: 'Fine.\n\n{oops', filePath: 'meetings/bad.mdx', lineOffset: 5 },
  { source: 'Three [links](https://example.org) and ~~strike~~.\n', filePath: 'c.mdx', lineOffset: 6 },
];

/** Every cache file under `dir`, by its path inside the cache, with its contents. */
async function cacheFiles(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true })).map(String).filter((f) => f.endsWith('.js'));
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

test('worker threads compile exactly what one process compiles: same code, same cache files, same errors with their file names', async () => {
  const [serialDir, threadDir] = await Promise.all([tmp('serial'), tmp('threads')]);
  const serial = await compileMdxInProcess(jobs, serialDir);
  const { compiled: before, compiledInThreads: beforeThreads } = getCompileStats();
  const threaded = await compileMdxInThreads(2)(jobs, threadDir);
  // Three bodies compiled (the empty one never is, the invalid one fails), counted here though workers compiled them.
  expect(getCompileStats().compiled - before).toBe(3);
  expect(getCompileStats().compiledInThreads - beforeThreads).toBe(3);

  expect(threaded.map((r) => ('code' in r ? r.code : null))).toEqual(serial.map((r) => ('code' in r ? r.code : null)));
  expect(threaded[1]).toMatchObject({ code: expect.stringContaining('table') });
  expect(threaded[2]).toEqual({ code: '' });
  const [serialError, threadError] = [serial[3], threaded[3]].map((r) => (r && 'error' in r ? r.error : null));
  expect(threadError).toBeInstanceOf(MdxCompileError);
  expect(threadError?.filePath).toBe('meetings/bad.mdx');
  expect(threadError?.message).toBe(serialError?.message);
  expect(threadError?.message).toMatch(/line 8 of the file/);

  const [serialCache, threadCache] = await Promise.all([cacheFiles(serialDir), cacheFiles(threadDir)]);
  expect(threadCache.size).toBe(3);
  expect(threadCache).toEqual(serialCache);
});

test('bodies already in the cache compile nothing: the second run of an unchanged set is all cache hits', async () => {
  const cacheDir = await tmp('warm');
  const good = jobs.filter((j) => j.filePath !== 'meetings/bad.mdx');
  const first = await compileMdxInThreads(2)(good, cacheDir);
  const compiled = getCompileStats().compiled;
  const { cacheHits: hits, compiledInThreads } = getCompileStats();
  const again = await compileMdxInThreads(2)(good, cacheDir);
  expect(again).toEqual(first);
  expect(getCompileStats().compiled).toBe(compiled);
  expect(getCompileStats().compiledInThreads).toBe(compiledInThreads);
  expect(getCompileStats().cacheHits - hits).toBe(3);
});

test('checkContent with worker threads loads the same site, and reports an invalid body naming its file', async () => {
  const [serialDir, threadDir] = await Promise.all([tmp('site-serial'), tmp('site-threads')]);
  const serial = await checkContent({ contentDir: fixtures, publicDir, cacheDir: serialDir });
  const threaded = await checkContent({ contentDir: fixtures, publicDir, cacheDir: threadDir, compileMany: compileMdxInThreads(2) });
  expect(threaded.problems).toEqual([]);
  expect(threaded.content).toEqual(serial.content);
  expect(await cacheFiles(threadDir)).toEqual(await cacheFiles(serialDir));

  const broken = await tmp('broken');
  await cp(fixtures, broken, { recursive: true });
  await cp(path.join(repo, 'tests/fixtures/broken/invalid-mdx'), broken, { recursive: true });
  const { content, problems } = await checkContent({ contentDir: broken, publicDir, cacheDir: threadDir, compileMany: compileMdxInThreads(2) });
  expect(content).toBeNull();
  // The file's name and the line in the file (11: `The budget is {unclosed`), as one process reports them.
  expect(problems.map(formatProblem)).toEqual([
    'meetings/2031-02-10-invalid-mdx.mdx: body: expected valid MDX, got an error: Unexpected end of file in expression, expected a corresponding closing brace for `{` (line 11 of the file)',
  ]);
  expect((await checkContent({ contentDir: broken, publicDir, cacheDir: serialDir })).problems).toEqual(problems);
});

test('npm run content:check compiles a cold cache in worker threads: the cache it leaves is the one loading in one process leaves', async () => {
  const [checkDir, serialDir] = await Promise.all([tmp('check'), tmp('check-serial')]);
  const result = spawnSync('npm', ['run', '--silent', 'content:check'], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: fixtures, MDX_CACHE_DIR: checkDir },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const [, compiled, inThreads] = /MDX bodies: (\d+) compiled \((\d+) in worker threads\), 0 from the cache\./.exec(result.stdout) ?? [];
  expect(Number(compiled)).toBeGreaterThan(0);
  expect(inThreads).toBe(compiled);
  await checkContent({ contentDir: fixtures, publicDir, cacheDir: serialDir });
  expect(await cacheFiles(checkDir)).toEqual(await cacheFiles(serialDir));
}, 90_000);

test('npm run content:check on an unchanged site compiles nothing and says so', async () => {
  const cacheDir = await tmp('check-again');
  const run = () =>
    spawnSync('npm', ['run', '--silent', 'content:check'], { cwd: repo, env: { ...process.env, CONTENT_DIR: fixtures, MDX_CACHE_DIR: cacheDir }, encoding: 'utf8' });
  expect(run().status).toBe(0);
  const again = run();
  expect(again.status).toBe(0);
  expect(again.stdout).toMatch(/MDX bodies: 0 compiled \(0 in worker threads\), [1-9]\d* from the cache\./);
}, 90_000);
