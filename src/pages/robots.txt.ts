import type { APIRoute } from 'astro';
import { settings } from '../lib/content.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Everything may be crawled; the sitemap is named with its absolute URL (base path included). */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml', settings.siteUrl)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
