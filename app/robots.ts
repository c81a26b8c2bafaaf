import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';

/**
 * Only Disallow lines: everything else is allowed by default. An `Allow: /` before them is read by
 * first-match parsers (Python's urllib.robotparser) as allowing everything, and by longest-match ones
 * (Google, RFC 9309) as allowing nothing below the Disallows: the two must agree.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    // Secretariat area and the personal links sent by mail are never for crawlers.
    rules: { userAgent: '*', disallow: ['/admin', '/registration/'] },
    sitemap: `${getEnv().SITE_URL}/sitemap.xml`,
  };
}
