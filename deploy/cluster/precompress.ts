import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';

/** Text assets worth compressing; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.map', '.json', '.svg', '.txt', '.html', '.xml', '.ico']);
const MIN_BYTES = 256;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Writes `file.gz` beside every compressible file of `dir` (the build's static assets), at the
 * highest level, once: nginx's gzip_static then sends these bytes and never compresses per request.
 * Skips files whose .gz is already newer. Returns how many files it wrote.
 */
export async function precompressDir(dir: string): Promise<number> {
  let written = 0;
  for await (const file of walk(dir)) {
    if (file.endsWith('.gz') || !COMPRESSIBLE.has(path.extname(file))) continue;
    const source = await stat(file);
    if (source.size < MIN_BYTES) continue;
    const gz = `${file}.gz`;
    const existing = await stat(gz).catch(() => null);
    if (existing && existing.mtimeMs >= source.mtimeMs) continue;
    await pipeline(createReadStream(file), createGzip({ level: constants.Z_BEST_COMPRESSION }), createWriteStream(gz));
    written += 1;
  }
  return written;
}
