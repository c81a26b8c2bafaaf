import { notFound } from 'next/navigation';
import { ATOM_CONTENT_TYPE, getAtomFeed } from '@/lib/feed';
import { conditionalResponse, representation, type Representation } from '@/lib/http/conditional';
import { isLocale, type Locale } from '@/lib/i18n/locales';

// One feed per language (`/feed.xml`, `/pl/feed.xml`: the language of the page that links it), each built
// once per process (content does not change under a running build); answered per request so that a
// reader's If-None-Match or If-Modified-Since gets its 304.
const feeds = new Map<Locale, Promise<Representation>>();

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  let feed = feeds.get(locale);
  if (!feed) {
    feed = getAtomFeed(locale).then(({ xml, updated }) => representation(xml, ATOM_CONTENT_TYPE, updated));
    feeds.set(locale, feed);
  }
  return conditionalResponse(request, await feed, {});
}
