import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/metadata/sitemap';
import { siteRoot } from '../lib/site-url';

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteRoot(site, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
