/**
 * The sitemap (every page in every UI language, each with its language alternates) and
 * robots.txt. Pages are listed from the graph and the known static routes; the build tests check
 * the list against the pages actually built.
 */
import { UI_LANGS } from '../../i18n/langs';
import type { Graph } from '../graph';
import { ENTITY_COLLECTIONS, INDEXED_COLLECTIONS } from '../collections';
import { entityPath, fullTextPath, indexPath, printPath, SELECTION_PRINT_PATH } from '../routes';
import { absoluteUrl } from '../site-url';
import { alternates } from './urls';

/** Pages that are not an entry's: the home page, the collection indexes and the fixed pages. */
const STATIC_PATHS = [
  '',
  ...INDEXED_COLLECTIONS.map(indexPath),
  'overview/',
  'about/',
  'search/',
  'open-data/',
  SELECTION_PRINT_PATH,
];

/**
 * Every page's base-less, language-less path (`norms/x/`): the static pages, then each entry's
 * page, then its print document; an article's whole-text page follows the article.
 */
export function sitemapPaths(graph: Graph): string[] {
  const paths = [...STATIC_PATHS];
  for (const collection of ENTITY_COLLECTIONS) {
    for (const { id } of graph.collections[collection]) {
      paths.push(entityPath(collection, id));
      if (collection === 'articles') paths.push(fullTextPath(id));
      paths.push(printPath(collection, id));
    }
  }
  return paths;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text escaped for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/**
 * The sitemap document: one `<url>` per page and UI language, each naming every language version
 * (and `x-default`) with `<xhtml:link rel="alternate" hreflang>`, as search engines ask for
 * localized pages.
 */
export function sitemapXml(root: URL, paths: readonly string[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const path of paths) {
    const links = alternates(root, path).map(
      ({ hreflang, href }) =>
        `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`,
    );
    for (const lang of UI_LANGS) {
      lines.push(
        '  <url>',
        `    <loc>${escapeXml(absoluteUrl(root, path, lang))}</loc>`,
        ...links,
        '  </url>',
      );
    }
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** The sitemap's file name, under the site's root. */
export const SITEMAP_PATH = 'sitemap.xml';

/** robots.txt: every crawler may read every page, and the sitemap is named by its absolute URL. */
export function robotsTxt(root: URL): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(SITEMAP_PATH, root).href}`, ''].join('\n');
}
