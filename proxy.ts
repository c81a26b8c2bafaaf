import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { localizedPath } from '@/i18n/paths';
import { routing } from '@/i18n/routing';
import { isLocalizedPath, localeOfPath } from '@/lib/i18n/localized-paths';
import { isLocale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { ALLOWED_METHODS, judgeRequest, type GateVerdict } from '@/lib/http/request-gate';
import { encodeResultsKey, RESULTS_PATH, resultsKeyOf } from '@/lib/search/results-route';

function page(lang: string, title: string, message: string, back: { href: string; text: string }): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!DOCTYPE html><html lang="${escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="${escape(back.href)}">${escape(back.text)}</a></p></main></body></html>`;
}

const STATUS: Record<Exclude<GateVerdict, 'pass' | 'options'>, number> = {
  'method-not-allowed': 405,
  'foreign-origin': 403,
  'too-large': 413,
  'length-required': 411,
};

/** The page for a refused request, in the language of its address: the form's own words on the form's routes (decision 0046). */
async function refusal(verdict: keyof typeof STATUS, pathname: string): Promise<string> {
  const locale = localeOfPath(pathname);
  const t = await getTranslator(locale, 'errors');
  const home = { href: localizedPath('/', locale), text: t('homeLink') };
  const form = localizedPath('/participate', locale);
  if (verdict === 'too-large' && (pathname === form || pathname.startsWith(`${form}/`))) {
    const f = await getTranslator(locale, 'form.errors');
    return page(locale, f('tooLargeTitle'), f('tooLarge'), { href: form, text: f('backToForm') });
  }
  const key = ({ 'method-not-allowed': 'methodNotAllowed', 'foreign-origin': 'foreignOrigin', 'too-large': 'tooLarge', 'length-required': 'lengthRequired' } as const)[verdict];
  return page(locale, t(`${key}.title`), t(`${key}.body`), home);
}

/**
 * The language routing (i18n/routing.ts): an English path is served by `app/[locale]` with `en`, `/en/...`
 * redirects to the unprefixed path, another language's prefix passes; never a redirect on Accept-Language,
 * never a cookie.
 */
const languageRouting = createMiddleware(routing);

/**
 * Before Next parses anything: every request the site cannot serve gets a 4xx and a plain page in the
 * language of its address (S-OPS-4, decision 0120) — Next itself would render PUT/DELETE/PATCH to a dynamic
 * page as a GET, answer a Server Action with a foreign Origin or an oversized body with a bare 500, and
 * OPTIONS with 400; then the public site's paths go through the language routing. The security headers of
 * next.config.ts are added to every response by Next.
 */
export async function proxy(request: NextRequest): Promise<NextResponse | undefined> {
  const verdict = judgeRequest({ method: request.method, header: (name) => request.headers.get(name) });
  if (verdict === 'options') return new NextResponse(null, { status: 204, headers: { Allow: ALLOWED_METHODS } });
  if (verdict !== 'pass') {
    return new NextResponse(request.method === 'HEAD' ? null : await refusal(verdict, request.nextUrl.pathname), {
      status: STATUS[verdict],
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...(verdict === 'method-not-allowed' ? { Allow: ALLOWED_METHODS } : {}),
      },
    });
  }
  return isLocalizedPath(request.nextUrl.pathname) ? routeSearch(request, languageRouting(request)) : undefined;
}

/**
 * A search (`/search?q=…`, in any language) is served by its results page, which Next caches like a built
 * page (lib/search/results-route.ts, decision 0169); the address the visitor sees does not change. The
 * results pages' own path is not an address: asked for directly, it is a 404. Anything else, and the
 * language routing's redirects, pass unchanged.
 */
function routeSearch(request: NextRequest, routed: NextResponse): NextResponse {
  if (routed.headers.has('location')) return routed;
  const { pathname, searchParams } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  const rest = isLocale(first) ? pathname.slice(first.length + 1) : pathname;
  let key: string;
  if (rest === '/search') {
    const query = resultsKeyOf(searchParams.getAll('q'), searchParams.get('page'));
    if (!query) return routed;
    key = encodeResultsKey(query);
  } else if (rest === RESULTS_PATH || rest.startsWith(`${RESULTS_PATH}/`)) {
    key = '0'; // no key the results page accepts: its 404
  } else {
    return routed;
  }
  const target = request.nextUrl.clone();
  target.pathname = `/${localeOfPath(pathname)}${RESULTS_PATH}/${key}`;
  target.searchParams.delete('q');
  target.searchParams.delete('page');
  // Keep what the language routing told Next (the request's locale header), but this rewrite replaces its own.
  const headers = new Headers(routed.headers);
  headers.delete('x-middleware-next');
  headers.delete('x-middleware-rewrite');
  return NextResponse.rewrite(target, { headers });
}

export const config = {
  // Every route but the build's hashed assets, which are files and take only GET.
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
