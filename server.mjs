/**
 * `npm start`: the production server. Next's own request handler behind a small front door that does
 * only what Next cannot do itself (docs/decisions/0120-front-door-server.md):
 *
 * - the environment is validated before anything is served: Next loads next.config.ts, which parses it
 *   with lib/env.ts, during prepare(); a bad value ends the process with exit code 1 and the variable
 *   named, and "ready" is logged only after prepare() succeeded (`next start` logs "Ready" first);
 * - methods that a WHATWG Request cannot carry (TRACE, CONNECT, TRACK, unknown tokens) get 405 here:
 *   Next builds a Request for proxy.ts and route handlers, and that constructor throws on them (a 500);
 * - a path that is not valid percent-encoding gets 400 (Next answers it with a 500);
 * - every request gets an id (`x-request-id`, kept when a proxy sent a well-formed one) that the
 *   application's logs carry, and one structured access-log line without the query string (which can
 *   hold tokens and search words).
 *
 * - admission control (decision 0161): at most `--max-in-flight` requests (default 16) are inside Next at
 *   once, the next `--max-queue` (default 256) wait their turn in arrival order, and any beyond that are
 *   answered at once with 503 and `Retry-After: 1`, nothing done, rather than left to wait for seconds
 *   behind the others: under overload the answers stay quick and the ones admitted stay fair (Node's
 *   own scheduling of 32 concurrent requests lets some wait ten times longer than others). A refused post
 *   is not acknowledged, so nothing acknowledged is lost. `/api/health` is never queued.
 *
 * Everything else (405 for PUT/DELETE/PATCH, 403 for a foreign origin, 411/413 for bodies) is decided in
 * proxy.ts, where the site's messages are. Usage: node server.mjs [--port 3000] [--hostname 0.0.0.0]
 * [--max-in-flight 16] [--max-queue 256]; --port 0 takes a free port, which the "ready" line gives.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import next from 'next';
import pino from 'pino';

const dir = path.dirname(fileURLToPath(import.meta.url));
// The same line format as lib/log.ts: level names, ISO 8601 times.
const log = pino({
  base: { scope: 'server' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

/** Methods a Request can carry and Next routes; the rest never reach it. */
const ROUTED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: '3000' },
    hostname: { type: 'string', short: 'H' },
    'max-in-flight': { type: 'string', default: '16' },
    'max-queue': { type: 'string', default: '256' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  log.fatal({ port: values.port }, 'the --port value must be a TCP port number (0 for any free port)');
  process.exit(2);
}
const maxInFlight = Number(values['max-in-flight']);
const maxQueue = Number(values['max-queue']);
if (!Number.isInteger(maxInFlight) || maxInFlight < 1 || !Number.isInteger(maxQueue) || maxQueue < 0) {
  log.fatal({ maxInFlight: values['max-in-flight'], maxQueue: values['max-queue'] }, '--max-in-flight must be a whole number of 1 or more, --max-queue of 0 or more');
  process.exit(2);
}
process.env.NODE_ENV ??= 'production';

/**
 * The security headers next.config.ts sends on every response, read from the build (one source): a
 * response written here carries the same ones.
 */
function securityHeaders(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8'));
  const all = manifest.headers.find((rule) => rule.source === '/:path*');
  return Object.fromEntries((all?.headers ?? []).map((h) => [h.key, h.value]));
}

function isDecodablePath(url) {
  const pathname = url.split('?', 1)[0] ?? '';
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const server = http.createServer();
let handle;
let headers = {};
const ready = new Promise((resolve, reject) => {
  server.once('listening', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    // The name Next builds its own URLs with. A literal loopback address (127.0.0.1, ::1) would make Next
    // treat the language routing's rewrites as external and fetch them from itself in a loop: it names the
    // proxy's request `localhost` but compares it with the literal address (vercel/next.js#94745). The
    // server still listens only on the address asked for.
    const hostname = !values.hostname || /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\])$/.test(values.hostname) ? 'localhost' : values.hostname;
    const app = next({ dev: false, dir, hostname, port: actualPort, httpServer: server });
    app
      .prepare()
      .then(() => {
        handle = app.getRequestHandler();
        // NEXT_DIST_DIR is next.config.ts's own switch for the build folder (tests build two sites).
        headers = securityHeaders(path.join(dir, process.env.NEXT_DIST_DIR || '.next'));
        const shown = values.hostname && !values.hostname.includes(':') ? values.hostname : 'localhost';
        log.info({ url: `http://${shown}:${actualPort}`, pid: process.pid }, 'ready');
        resolve(app);
      })
      .catch(reject);
  });
});

/**
 * Admission (decision 0161): `admit(req, res, run)` runs `run` now if fewer than `maxInFlight` admitted
 * requests are unfinished, queues it (first come, first served) if fewer than `maxQueue` wait, and
 * otherwise answers 503 with Retry-After at once. A request leaves the count when its response ends or its
 * connection closes; one whose client leaves while it waits leaves the queue.
 */
let inFlight = 0;
const waiting = [];
function admit(req, res, run) {
  if (inFlight < maxInFlight) return start(res, run);
  if (waiting.length < maxQueue) {
    const entry = { res, run };
    waiting.push(entry);
    // A client that leaves while it waits gives its place back.
    res.once('close', () => {
      const at = waiting.indexOf(entry);
      if (at !== -1) waiting.splice(at, 1);
    });
    return;
  }
  refuse(res, 503, 'The service is busy. Please try again in a moment.', { 'Retry-After': '1' });
}
function start(res, run) {
  inFlight += 1;
  let done = false;
  res.once('close', () => {
    if (done) return;
    done = true;
    inFlight -= 1;
    const next = waiting.shift();
    if (next) start(next.res, next.run);
  });
  run();
}

function refuse(res, status, text, extra = {}) {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(`${text}\n`);
}

server.on('request', (req, res) => {
  const started = process.hrtime.bigint();
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.headers['x-request-id'] = requestId;
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const pathOnly = (req.url ?? '').split('?', 1)[0];
    log.info({ requestId, method: req.method, path: pathOnly, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
  });
  ready.then(
    () => {
      if (!ROUTED_METHODS.has(req.method ?? '')) {
        refuse(res, 405, 'Method not allowed', { Allow: 'GET, HEAD, POST, OPTIONS' });
      } else if (!isDecodablePath(req.url ?? '/')) {
        refuse(res, 400, 'Bad request: the address is not valid');
      } else if (req.url === '/api/health') {
        handle(req, res);
      } else {
        admit(req, res, () => handle(req, res));
      }
    },
    () => res.destroy(),
  );
});

/**
 * Requests Node's parser refuses (an unknown method token, broken syntax, headers too large) would get
 * Node's bare 400: answer with the site's headers instead, then close, as Node does.
 */
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, reason] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const lines = Object.entries({ ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(reason.length + 1), Connection: 'close' });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${reason}\n`);
  log.info({ status, code: error.code }, 'refused a malformed request');
});

ready.catch((error) => {
  // The environment check throws "Invalid environment configuration:" with one line per variable.
  log.fatal(`the server did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  server.close();
  server.closeIdleConnections();
  ready
    .then((app) => app.close())
    .catch(() => {})
    .finally(() => process.exit(0));
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

server.listen(port, values.hostname);
