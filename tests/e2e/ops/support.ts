import http from 'node:http';

export type RawResponse = { status: number; headers: Record<string, string>; body: string };

/**
 * One HTTP request exactly as given (fetch refuses TRACE and sets its own Origin rules), on a fresh
 * connection. `rawHead` replaces the request line and headers entirely, for requests no client library
 * would write (an unknown method token).
 */
export function rawRequest(
  origin: string,
  options: { method?: string; path: string; headers?: Record<string, string | number>; body?: Buffer | string; rawHead?: string },
): Promise<RawResponse> {
  const url = new URL(origin);
  if (options.rawHead !== undefined) return rawSocketRequest(url, options.rawHead);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)])),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // A server may answer (413) and close before it has read a large body; the answer is what counts.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(options.body);
  });
}

async function rawSocketRequest(url: URL, head: string): Promise<RawResponse> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.end(head));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [headText = '', body = ''] = text.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = headText.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as const),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}
