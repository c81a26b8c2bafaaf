import net from 'node:net';

/**
 * A TCP port that is free on 127.0.0.1 now, chosen by the kernel from its ephemeral range (bind to port
 * 0, read, close). For programs that cannot report the port they bound (nginx); `server.mjs --port 0`
 * reports its own. Another process could take the port in between; the kernel hands out ports in turn,
 * so that is unlikely, and the program then fails to start rather than talking to the wrong server.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port was assigned'))));
    });
  });
}

/** The URL in server.mjs's "ready" log line, from its output so far; null until it is there. */
export function readyUrl(output: string): string | null {
  for (const line of output.split('\n')) {
    if (!line.includes('"ready"')) continue;
    try {
      const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
      if (entry.msg === 'ready' && typeof entry.url === 'string') return entry.url;
    } catch {
      // not a log line
    }
  }
  return null;
}
