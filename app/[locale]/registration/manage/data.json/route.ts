import { notFound } from 'next/navigation';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { getDb } from '@/lib/db/client';
import { isLocale } from '@/lib/i18n/locales';
import { languageName } from '@/lib/i18n/names';
import { getManageView, openManageLink, registrantData } from '@/lib/registrant/manage';

/**
 * GET /registration/manage/data.json?token=…: everything stored about the link's registrant, as a JSON
 * download (portability, S-FORM-8), its labels in the language of the page that links it
 * (`/pl/registration/manage/data.json`). A read, like the manage page itself; never cached anywhere.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const token = new URL(request.url).searchParams.get('token');
  const now = new Date();
  const noStore = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
  let access: Awaited<ReturnType<typeof openManageLink>>;
  let view: Awaited<ReturnType<typeof getManageView>>;
  try {
    const db = await getDb();
    access = await openManageLink(db, token, now);
    view = access.state === 'ready' ? await getManageView(db, access.registrationId) : null;
  } catch (error) {
    console.error('[registration] could not read a registrant\'s data:', error);
    return Response.json({ error: 'unavailable' }, { status: 503, headers: noStore });
  }
  if (!view) {
    return Response.json({ error: access.state === 'ready' ? 'gone' : access.state }, { status: access.state === 'expired' ? 410 : 404, headers: noStore });
  }
  const data = registrantData(view, await getRegistrationLabels(now, locale), now, (code) => languageName(code, locale));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      ...noStore,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="registration-${view.registration.reference}.json"`,
    },
  });
}
