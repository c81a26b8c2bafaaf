import { NextResponse, type NextRequest } from 'next/server';
import { getMessages } from '@/lib/i18n';
import { judgeBodyLength } from '@/lib/registration/body-limit';

function page(title: string, message: string, back: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="/participate">${escape(back)}</a></p></main></body></html>`;
}

/**
 * Answers an oversized form post with 413 and a plain page before Next parses it: past its Server Action
 * body limit Next would answer a bare 500 (decision 0046). Only POSTs to the form's pages are checked.
 */
export function proxy(request: NextRequest): NextResponse | undefined {
  if (request.method !== 'POST') return undefined;
  const verdict = judgeBodyLength(request.headers.get('content-length'));
  if (verdict === 'ok') return undefined;
  const t = getMessages().form.errors;
  return new NextResponse(page(t.tooLargeTitle, t.tooLarge, t.backToForm), {
    status: verdict === 'too-large' ? 413 : 411,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export const config = {
  matcher: ['/participate', '/participate/:path*'],
};
