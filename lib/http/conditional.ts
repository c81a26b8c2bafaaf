import { createHash } from 'node:crypto';

/**
 * A response body with its validators: a strong ETag (the SHA-256 of the bytes, so every instance of one
 * build gives the same one) and Last-Modified (when the content behind it last changed, never the
 * request's time).
 */
export type Representation = { body: string; contentType: string; etag: string; lastModified: Date };

export function representation(body: string, contentType: string, lastModified: Date): Representation {
  const etag = `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 27)}"`;
  // HTTP dates have whole seconds; a validator must compare equal to what was sent.
  return { body, contentType, etag, lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000) };
}

/** RFC 9110 13.1.2: If-None-Match with weak comparison, `*` included. */
function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * The answer to a GET or HEAD for `rep`: 304 Not Modified when the client's validators say its copy is
 * current (If-None-Match first; If-Modified-Since only without it, RFC 9110 13.2.2), else 200 with the
 * body. Both carry ETag, Last-Modified and `cacheControl`. Feed readers and calendar programs poll: a 304
 * costs them and the site a few bytes.
 */
export function conditionalResponse(request: Request, rep: Representation, headers: Record<string, string>): Response {
  const common = {
    ETag: rep.etag,
    'Last-Modified': rep.lastModified.toUTCString(),
    // Fresh for no one without asking: every poll is a conditional request, answered 304 when unchanged.
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ...headers,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = request.headers.get('if-modified-since');
  const notModified =
    ifNoneMatch !== null
      ? etagMatches(ifNoneMatch, rep.etag)
      : ifModifiedSince !== null && !Number.isNaN(Date.parse(ifModifiedSince)) && rep.lastModified.getTime() <= Date.parse(ifModifiedSince);
  if (notModified) return new Response(null, { status: 304, headers: common });
  return new Response(rep.body, { status: 200, headers: { ...common, 'Content-Type': rep.contentType } });
}
