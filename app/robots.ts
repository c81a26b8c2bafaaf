import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', // Secretariat area and the personal links sent by mail are never for crawlers.
    disallow: ['/admin', '/registration/'] },
    sitemap: `${getEnv().SITE_URL}/sitemap.xml`,
  };
}
