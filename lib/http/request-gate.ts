import { judgeBodyLength } from '@/lib/registration/body-limit';

/** What proxy.ts does with a request before Next routes it (S-OPS-4). */
export type GateVerdict =
  | 'pass'
  /** OPTIONS: 204 with `Allow`; the site serves no cross-origin callers, so there is nothing more to say. */
  | 'options'
  /** 405: anything but GET, HEAD, POST and OPTIONS (server.mjs already refused what a Request cannot carry). */
  | 'method-not-allowed'
  /** 403: a POST whose `Origin` (or, without one, `Sec-Fetch-Site`) says another site sent it. */
  | 'foreign-origin'
  /** 413: a declared body over the limit; 411: a POST that declares no length (chunked). */
  | 'too-large'
  | 'length-required';

export const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';

export type GateInput = {
  method: string;
  /** The request's headers, as `Headers.get` returns them (null when absent). */
  header: (name: string) => string | null;
};

/**
 * The host the browser believes it is talking to: X-Forwarded-Host (set by the reverse proxy, which
 * overwrites it) or Host, as Next's own Server Action check reads them.
 */
function requestHost(header: GateInput['header']): string | null {
  const forwarded = header('x-forwarded-host')?.split(',')[0]?.trim();
  return (forwarded || header('host') || '').toLowerCase() || null;
}

/**
 * True when another site sent this request: an `Origin` whose host differs from the request's (or the
 * opaque `null`), or, from a browser that sent no `Origin`, `Sec-Fetch-Site: cross-site`. Clients that
 * send neither (curl, scripts) are not browsers a forged form could use, and pass; CSRF needs a victim's
 * browser, which always sends `Origin` on a POST (Fetch standard, "serializing a request origin").
 */
export function isForeignOrigin(header: GateInput['header']): boolean {
  const origin = header('origin');
  if (origin === null) return header('sec-fetch-site') === 'cross-site';
  if (origin === 'null') return true;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  return host !== requestHost(header);
}

/** Decides from the method and headers alone, before any body is read. */
export function judgeRequest({ method, header }: GateInput): GateVerdict {
  if (method === 'GET' || method === 'HEAD') return 'pass';
  if (method === 'OPTIONS') return 'options';
  if (method !== 'POST') return 'method-not-allowed';
  if (isForeignOrigin(header)) return 'foreign-origin';
  const body = judgeBodyLength(header('content-length'));
  return body === 'ok' ? 'pass' : body;
}
