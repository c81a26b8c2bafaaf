import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSecurityHeaders, renderNginxConf, TEMPLATE_PATH, writeNginxPrefix, type NginxTemplateValues } from '@/deploy/cluster/render-nginx';

const NGINX = '/usr/sbin/nginx';

async function values(prefix: string): Promise<NginxTemplateValues> {
  return {
    prefix,
    listenAddr: '127.0.0.1',
    listenPort: 3698,
    gzipPort: 3699,
    upstreams: ['127.0.0.1:3696', '127.0.0.1:3697'],
    staticDir: path.join(prefix, 'static'),
    serverName: 'localhost',
    bodyLimit: '1m',
    workerProcesses: 1,
    securityHeaders: await loadSecurityHeaders(),
    testHeaders: false,
    accessLog: false,
  };
}

describe('deploy/nginx.conf', () => {
  test('renders with every placeholder filled and refuses an unknown one', async () => {
    const template = readFileSync(TEMPLATE_PATH, 'utf8');
    const v = await values('/tmp/x');
    const conf = renderNginxConf(template, v);
    expect(conf).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(() => renderNginxConf(`${template}\n# {{NOT_A_VALUE}}`, v)).toThrow(/NOT_A_VALUE/);
  });

  test('overwrites the forwarded headers from the connection and never caches what must reach Node', async () => {
    const conf = renderNginxConf(readFileSync(TEMPLATE_PATH, 'utf8'), await values('/tmp/x'));
    const edge = conf.slice(conf.indexOf('"edge"'));
    expect(edge).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(edge).toContain('proxy_set_header X-Real-IP $remote_addr;');
    expect(conf).not.toContain('$proxy_add_x_forwarded_for');
    expect(conf).toMatch(/~\^\/\(admin\|api\|participate\)/);
    expect(conf).toMatch(/map \$http_next_action \$dei_skip_action/);
    expect(conf).toContain('proxy_no_cache $dei_no_cache;');
    expect(conf).toContain('proxy_cache_bypass $dei_no_cache;');
    expect(conf).not.toMatch(/proxy_next_upstream[^;]*non_idempotent/);
  });

  test('never serves a stored page once it has expired (S-OPS-5), and passes a request id to Node', () => {
    const template = readFileSync(TEMPLATE_PATH, 'utf8');
    const directives = template.split('\n').filter((l) => !l.trim().startsWith('#'));
    expect(directives.filter((l) => /proxy_cache_use_stale|proxy_cache_background_update|proxy_cache_valid/.test(l))).toEqual([]);
    expect(template).toMatch(/proxy_set_header X-Request-Id \$request_id;/);
  });

  test('repeats the security headers of next.config.ts, with the same values, for what nginx serves itself', async () => {
    const headers = await loadSecurityHeaders();
    expect(headers.map((h) => h.key)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security']),
    );
    const conf = renderNginxConf(readFileSync(TEMPLATE_PATH, 'utf8'), await values('/tmp/x'));
    const staticBlock = conf.slice(conf.indexOf('location ^~ /_next/static/'), conf.indexOf('location / {', conf.indexOf('location ^~ /_next/static/')));
    expect(staticBlock).toContain('Cache-Control "public, max-age=31536000, immutable"');
    for (const h of headers) expect(staticBlock).toContain(`add_header ${h.key} "${h.value}" always;`);
  });

  test.skipIf(!existsSync(NGINX))('is accepted by nginx -t', async () => {
    const prefix = mkdtempSync(path.join(os.tmpdir(), 'dei-nginx-test-'));
    const conf = await writeNginxPrefix(await values(prefix));
    expect(() => execFileSync(NGINX, ['-t', '-q', '-p', prefix, '-c', conf], { stdio: 'pipe' })).not.toThrow();
  });
});
