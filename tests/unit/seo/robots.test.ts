import { execFileSync } from 'node:child_process';
import robotsParser from 'robots-parser';
import { expect, test } from 'vitest';
import robots from '@/app/robots';
// The function Next itself uses to write /robots.txt from app/robots.ts.
import { resolveRobots } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';

const SITE = 'https://dei.example.eu';
const PATHS = ['/', '/meetings', '/participate', '/admin', '/admin/export', '/registration/confirm?token=x', '/registration/withdraw'];

/** Python's urllib.robotparser: the first matching rule wins. */
function firstMatch(text: string, paths: string[]): boolean[] {
  const script = [
    'import json, sys, urllib.robotparser',
    'p = urllib.robotparser.RobotFileParser()',
    'p.parse(sys.stdin.read().splitlines())',
    `print(json.dumps([p.can_fetch("AnyBot", "${SITE}" + path) for path in json.loads(sys.argv[1])]))`,
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, JSON.stringify(paths)], { input: text, encoding: 'utf8' })) as boolean[];
}

test('robots.txt is read the same by first-match (Python) and longest-match (RFC 9309) parsers', () => {
  const text = resolveRobots(robots());
  const longest = robotsParser(`${SITE}/robots.txt`, text);
  const expected = PATHS.map((p) => !p.startsWith('/admin') && !p.startsWith('/registration/'));
  expect(PATHS.map((p) => longest.isAllowed(`${SITE}${p}`, 'AnyBot'))).toEqual(expected);
  expect(firstMatch(text, PATHS)).toEqual(expected);
  expect(text).toContain('Sitemap:');
});
