import type { APIRoute } from 'astro';
import { getGraph } from '../lib/graph';
import { sitemapPaths, sitemapXml } from '../lib/metadata/sitemap';
import { siteRoot } from '../lib/site-url';

/** The sitemap: every page in every UI language, with its language alternates. */
export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(siteRoot(site, import.meta.env.BASE_URL), sitemapPaths(await getGraph())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
