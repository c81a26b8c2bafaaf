import { ATOM_CONTENT_TYPE, getAtomFeed } from '@/lib/feed';
import { conditionalResponse, representation, type Representation } from '@/lib/http/conditional';

// Built once per process (content does not change under a running build); answered per request so
// that a reader's If-None-Match or If-Modified-Since gets its 304.
let feed: Promise<Representation> | undefined;

export async function GET(request: Request): Promise<Response> {
  feed ??= getAtomFeed().then(({ xml, updated }) => representation(xml, ATOM_CONTENT_TYPE, updated));
  return conditionalResponse(request, await feed, {});
}
