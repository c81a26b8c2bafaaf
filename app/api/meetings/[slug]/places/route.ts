import { getDb } from '@/lib/db/client';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { meetingPlaces } from '@/lib/participation/places';

export const dynamic = 'force-dynamic';

/**
 * GET /api/meetings/<slug>/places?locale=pl: the meeting's places left as JSON, for its page (which is
 * prerendered, so the live count comes from here). Counts only; 404 for a meeting without a capacity.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const asked = new URL(request.url).searchParams.get('locale') ?? DEFAULT_LOCALE;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const headers = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };
  try {
    const places = await meetingPlaces(await getDb(), slug, locale);
    if (!places) return new Response(JSON.stringify({ error: 'not found' }), { status: 404, headers });
    return new Response(JSON.stringify(places), { headers });
  } catch (error) {
    console.error('[participation] places could not be read:', error);
    return new Response(JSON.stringify({ error: 'unavailable' }), { status: 503, headers });
  }
}
