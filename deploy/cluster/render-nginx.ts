import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Values substituted into deploy/nginx.conf. */
export type NginxTemplateValues = {
  prefix: string;
  listenAddr: string;
  listenPort: number;
  gzipPort: number;
  upstreams: string[];
  staticDir: string;
  serverName: string;
  bodyLimit: string;
  workerProcesses: number | 'auto';
  securityHeaders: { key: string; value: string }[];
  /** Adds X-Upstream (the instance that answered) to every proxied response: for the cluster test. */
  testHeaders: boolean;
  accessLog: boolean;
};

export const TEMPLATE_PATH = path.resolve(__dirname, '..', 'nginx.conf');

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function renderNginxConf(template: string, v: NginxTemplateValues): string {
  const headers = v.securityHeaders
    .map((h) => `    add_header ${h.key} ${quote(h.value)} always;`)
    .join('\n');
  const values: Record<string, string> = {
    // nginx started by root drops its workers to `nobody`, who cannot read a private prefix; a local
    // cluster keeps them as root. A real deployment runs nginx's packaged service user instead.
    USER_DIRECTIVE: process.getuid?.() === 0 ? 'user root;' : '',
    WORKER_PROCESSES: String(v.workerProcesses),
    PREFIX: v.prefix,
    ACCESS_LOG: v.accessLog ? `${v.prefix}/logs/access.log upstream` : 'off',
    BODY_LIMIT: v.bodyLimit,
    UPSTREAM_SERVERS: v.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join('\n'),
    UPSTREAM_COUNT: String(v.upstreams.length),
    GZIP_PORT: String(v.gzipPort),
    LISTEN_ADDR: v.listenAddr,
    LISTEN_PORT: String(v.listenPort),
    SERVER_NAME: v.serverName,
    STATIC_DIR: v.staticDir,
    SECURITY_HEADERS: headers,
    TEST_HEADERS: v.testHeaders ? '      add_header X-Upstream $upstream_addr always;' : '',
  };
  const rendered = template.replace(/\{\{([A-Z_]+)\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf: no value for ${match}`);
    return value;
  });
  return rendered;
}

/** nginx's size syntax (1m, 512k) as words for people. */
function sizeLabel(size: string): string {
  const m = /^(\d+)([kKmM]?)$/.exec(size);
  if (!m) return size;
  const unit = { '': 'bytes', k: 'KB', m: 'MB' }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
  return `${m[1]} ${unit}`;
}

const PAGE = (title: string, body: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - DEI Platform</title></head>
<body><main><h1>${title}</h1><p>${body}</p><p><a href="/">Go to the home page</a></p></main></body></html>
`;

/** Writes the rendered configuration and the directories and pages nginx needs under its prefix. */
export async function writeNginxPrefix(v: NginxTemplateValues): Promise<string> {
  const template = await readFile(TEMPLATE_PATH, 'utf8');
  const conf = renderNginxConf(template, v);
  for (const dir of ['logs', 'cache', 'html/__dei', 'tmp/client', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) {
    await mkdir(path.join(v.prefix, dir), { recursive: true });
  }
  await writeFile(
    path.join(v.prefix, 'html/__dei/413.html'),
    PAGE('Your submission is too large', `Submissions larger than ${sizeLabel(v.bodyLimit)} are not accepted. Shorten what you entered and try again.`),
  );
  await writeFile(
    path.join(v.prefix, 'html/__dei/unavailable.html'),
    PAGE('Sorry, the service is unavailable', 'The website is not answering at the moment. Try again in a few minutes.'),
  );
  const confPath = path.join(v.prefix, 'nginx.conf');
  await writeFile(confPath, conf);
  return confPath;
}

/** The security headers exactly as next.config.ts sends them in production, so nginx repeats the same values. */
export async function loadSecurityHeaders(): Promise<{ key: string; value: string }[]> {
  const previous = process.env.NODE_ENV;
  (process.env as Record<string, string>).NODE_ENV = 'production';
  try {
    // Loaded only now that NODE_ENV is set. require goes through the TypeScript transform of tsx and of
    // Playwright's runner (a dynamic import() of a .ts file bypasses Playwright's); Vitest transforms
    // import() instead, so that is the fallback.
    type NextConfigModule = { default: { headers?: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> } };
    let mod: NextConfigModule;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require('../../next.config') as NextConfigModule;
    } catch {
      mod = (await import('../../next.config')) as NextConfigModule;
    }
    const config = mod.default;
    const rules = (await config.headers?.()) ?? [];
    const all = rules.find((r) => r.source === '/:path*');
    if (!all) throw new Error('next.config.ts has no headers rule for /:path*');
    return all.headers;
  } finally {
    (process.env as Record<string, string | undefined>).NODE_ENV = previous;
  }
}
