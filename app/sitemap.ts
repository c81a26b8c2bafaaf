import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';
import { getPublicPaths } from '@/lib/seo/sitemap';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const siteUrl = getEnv().SITE_URL;
  return (await getPublicPaths()).map((path) => ({ url: `${siteUrl}${path === '/' ? '/' : path}` }));
}
