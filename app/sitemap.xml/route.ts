import { getContentCommitDates } from '@/lib/content/history';
import { getEnv } from '@/lib/env';
import { conditionalResponse, representation, type Representation } from '@/lib/http/conditional';
import { getPublicPages, writeSitemap } from '@/lib/seo/sitemap';

// A route of our own rather than app/sitemap.ts, whose static output Next sends with no ETag or
// Last-Modified. Built once per process; conditional requests get 304.
let sitemap: Promise<Representation> | undefined;

async function build(): Promise<Representation> {
  const siteUrl = getEnv().SITE_URL;
  const [pages, commits] = await Promise.all([getPublicPages(), getContentCommitDates()]);
  const newest = [...commits.values()].reduce((latest, d) => (d > latest ? d : latest), new Date(0));
  return representation(writeSitemap(siteUrl, pages), 'application/xml; charset=utf-8', newest);
}

export async function GET(request: Request): Promise<Response> {
  sitemap ??= build();
  return conditionalResponse(request, await sitemap, {});
}
