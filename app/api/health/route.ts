import { isDatabaseHealthy } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const ok = await isDatabaseHealthy();
  return Response.json(
    { status: ok ? 'ok' : 'unavailable' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
