import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { escapeXml, robotsTxt, sitemapPaths, sitemapXml } from '../../../src/lib/metadata/sitemap';
import { alternates } from '../../../src/lib/metadata/urls';
import { loadContent } from '../../support/load-content';

describe('URLs', () => {
  test('a page in each language, Russian at the root, and x-default', () => {
    const root = new URL('https://x.org/explorer/');
    expect(alternates(root, '')).toEqual([
      { hreflang: 'ru', href: 'https://x.org/explorer/' },
      { hreflang: 'kk', href: 'https://x.org/explorer/kk/' },
      { hreflang: 'en', href: 'https://x.org/explorer/en/' },
      { hreflang: 'x-default', href: 'https://x.org/explorer/' },
    ]);
  });
});

describe('sitemap', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await loadContent('tests/fixtures/content'));
  });

  test('lists the static pages and every entry, the whole text after its article', () => {
    const paths = sitemapPaths(graph);
    expect(paths.slice(0, 11)).toEqual([
      '',
      'articles/',
      'norms/',
      'statistics/',
      'sources/',
      'organizations/',
      'notes/',
      'glossary/',
      'overview/',
      'about/',
      'search/',
    ]);
    expect(paths).toContain('articles/demo-2024/');
    expect(paths[paths.indexOf('articles/demo-2024/') + 1]).toBe('articles/demo-2024/full-text/');
    expect(paths).toContain('articles/demo-2024/introduction/');
    expect(paths).toContain('norms/demo-constitution/');
    expect(paths).toContain('norms/demo-constitution/print/');
    expect(paths).toContain('articles/demo-2024/introduction/print/');
    expect(paths).toContain('print/');
    expect(paths).toContain('statistics/demo-arrivals/');
    expect(paths).toContain('glossary/quota/');
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('one <url> per page and language, each with all alternates', () => {
    const xml = sitemapXml(new URL('https://x.org/'), ['', 'norms/a/']);
    expect(xml.match(/<url>/g)).toHaveLength(6);
    expect(xml.match(/<xhtml:link /g)).toHaveLength(24);
    expect(xml).toContain('<loc>https://x.org/en/norms/a/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://x.org/norms/a/"/>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset ')).toBe(true);
  });

  test('escapes XML', () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });

  test('robots.txt names the sitemap by its absolute URL', () => {
    expect(robotsTxt(new URL('https://x.org/explorer/'))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.org/explorer/sitemap.xml\n',
    );
  });
});
