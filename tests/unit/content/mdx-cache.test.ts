import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { compileMdx, getCompileStats, MdxCompileError } from '@/lib/content/mdx';
import { loadContent } from '@/lib/content/load';

const repo = path.resolve(__dirname, '../../..');

test('a second compile of the same source is a cache hit; a changed source compiles again', async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dei-mdx-cache-'));
  const before = getCompileStats();
  const first = await compileMdx('# Hello\n\nA *first* body.\n', 'a.mdx', { cacheDir });
  expect(getCompileStats().compiled).toBe(before.compiled + 1);
  const second = await compileMdx('# Hello\n\nA *first* body.\n', 'b.mdx', { cacheDir });
  expect(second).toBe(first);
  expect(getCompileStats().compiled).toBe(before.compiled + 1);
  expect(getCompileStats().cacheHits).toBe(before.cacheHits + 1);
  await compileMdx('# Hello\n\nA *changed* body.\n', 'a.mdx', { cacheDir });
  expect(getCompileStats().compiled).toBe(before.compiled + 2);
});

test('compiled code renders GitHub-flavoured Markdown (tables) and empty bodies compile to nothing', async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dei-mdx-gfm-'));
  const code = await compileMdx('| a | b |\n|---|---|\n| 1 | 2 |\n', 't.mdx', { cacheDir });
  expect(code).toContain('table');
  expect(await compileMdx('  \n\n', 'empty.mdx', { cacheDir })).toBe('');
});

test('invalid MDX throws an MdxCompileError with the line in the file', async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dei-mdx-bad-'));
  const error = await compileMdx('Fine.\n\n{oops', 'bad.mdx', { cacheDir, lineOffset: 5 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MdxCompileError);
  expect((error as Error).message).toMatch(/line 8 of the file/);
});

test('loading an unchanged site a second time compiles no MDX', async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dei-mdx-site-'));
  const options = { contentDir: path.join(repo, 'tests/fixtures/content'), publicDir: path.join(repo, 'public'), cacheDir };
  const start = getCompileStats().compiled;
  await loadContent(options);
  const afterFirst = getCompileStats().compiled;
  expect(afterFirst).toBeGreaterThan(start);
  const files = (await readdir(cacheDir, { recursive: true })).filter((f) => String(f).endsWith('.js'));
  expect(files.length).toBe(afterFirst - start);
  await loadContent(options);
  expect(getCompileStats().compiled).toBe(afterFirst);
});
