import { getDb } from '@/lib/db/client';
import { localizedPath } from '@/i18n/paths';
import { unsubscribeByToken } from '@/lib/participation/attendance';
import { UNSUBSCRIBE_PATH } from '@/lib/participation/mailings';

export const dynamic = 'force-dynamic';

/**
 * RFC 8058 one-click unsubscribe: the address in every participation mail's `List-Unsubscribe` header.
 * Mail programs POST `List-Unsubscribe=One-Click` to it (no cookie, no Origin), and that POST stops
 * meeting mail at once. A GET (a person pasting the link, a scanner) changes nothing and leads to the
 * page with a button.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token');
  let outcome: string;
  try {
    outcome = await unsubscribeByToken(await getDb(), token, new Date());
  } catch (error) {
    console.error('[participation] a one-click unsubscribe failed:', error);
    return new Response('Not changed; please try again later.\n', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '300' } });
  }
  const ok = outcome === 'done' || outcome === 'already';
  return new Response(ok ? 'Unsubscribed from meeting mail.\n' : 'This unsubscribe link is not valid.\n', {
    status: ok ? 200 : outcome === 'gone' ? 410 : 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const target = new URL(`${localizedPath(UNSUBSCRIBE_PATH, 'en')}?${new URLSearchParams({ token }).toString()}`, request.url);
  return new Response(null, { status: 303, headers: { Location: target.pathname + target.search, 'Cache-Control': 'no-store' } });
}
