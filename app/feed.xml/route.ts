import { ATOM_CONTENT_TYPE, getAtomFeed } from '@/lib/feed';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await getAtomFeed(new Date()), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
}
