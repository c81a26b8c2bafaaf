import { NextResponse, type NextRequest } from 'next/server';
import { ALLOWED_METHODS, judgeRequest, type GateVerdict } from '@/lib/http/request-gate';
import { getMessages } from '@/lib/i18n';

function page(title: string, message: string, back: { href: string; text: string }): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="${escape(back.href)}">${escape(back.text)}</a></p></main></body></html>`;
}

const STATUS: Record<Exclude<GateVerdict, 'pass' | 'options'>, number> = {
  'method-not-allowed': 405,
  'foreign-origin': 403,
  'too-large': 413,
  'length-required': 411,
};

/** The page for a refused request: the form's own words on the form's routes (decision 0046). */
function refusal(verdict: keyof typeof STATUS, pathname: string): string {
  const t = getMessages().errors;
  const home = { href: '/', text: t.homeLink };
  if (pathname === '/participate' || pathname.startsWith('/participate/')) {
    const f = getMessages().form.errors;
    if (verdict === 'too-large') return page(f.tooLargeTitle, f.tooLarge, { href: '/participate', text: f.backToForm });
  }
  const { title, body } = {
    'method-not-allowed': t.methodNotAllowed,
    'foreign-origin': t.foreignOrigin,
    'too-large': t.tooLarge,
    'length-required': t.lengthRequired,
  }[verdict];
  return page(title, body, home);
}

/**
 * Answers, before Next parses anything, every request the site cannot serve with a 4xx and a plain page
 * (S-OPS-4, decision 0120): Next itself would render PUT/DELETE/PATCH to a dynamic page as a GET,
 * answer a Server Action with a foreign Origin or an oversized body with a bare 500, and OPTIONS with 400.
 * The security headers of next.config.ts are added to these responses by Next.
 */
export function proxy(request: NextRequest): NextResponse | undefined {
  const verdict = judgeRequest({ method: request.method, header: (name) => request.headers.get(name) });
  if (verdict === 'pass') return undefined;
  if (verdict === 'options') return new NextResponse(null, { status: 204, headers: { Allow: ALLOWED_METHODS } });
  return new NextResponse(request.method === 'HEAD' ? null : refusal(verdict, request.nextUrl.pathname), {
    status: STATUS[verdict],
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(verdict === 'method-not-allowed' ? { Allow: ALLOWED_METHODS } : {}),
    },
  });
}

export const config = {
  // Every route but the build's hashed assets, which are files and take only GET.
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
