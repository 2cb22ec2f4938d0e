import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config';
import { buildGraph, type Graph } from '../../src/lib/graph';
import { entityPath, fullTextPath } from '../../src/lib/routes';
import { builtPage, DIST } from '../support/built-site';
import { loadContent } from '../support/load-content';

/** Scholarly metadata in the built pages: Highwire tags, JSON-LD, Open Graph, sitemap, robots.txt. */

const ROOT = new URL(config.base ?? '/', config.site);
const PREFIXES = ['', 'kk/', 'en/'];
const ARTICLE_TAGS = [
  'citation_title',
  'citation_author',
  'citation_author_institution',
  'citation_author_email',
  'citation_doi',
  'citation_journal_title',
  'citation_publisher',
  'citation_publication_date',
  'citation_date',
  'citation_language',
  'citation_abstract',
  'citation_abstract_html_url',
  'citation_fulltext_html_url',
  'citation_keywords',
  'citation_reference',
];

let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
});

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (!name.startsWith('#')) return named[name.toLowerCase()] ?? '';
    const hex = name[1] === 'x' || name[1] === 'X';
    return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** The attributes of every tag of one element type in a page's head. */
function headTags(html: string, element: string): Map<string, string>[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = head.matchAll(new RegExp(`<${element}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi'));
  return [...tags].map(([tag]) => {
    const attributes = new Map<string, string>();
    for (const [, name = '', value = ''] of tag.matchAll(/([^\s"'<>/=]+)\s*=\s*"([^"]*)"/g))
      attributes.set(name.toLowerCase(), decode(value));
    return attributes;
  });
}

/** The values of the `<meta>` tags whose `name` (or `property`) is `key`. */
function metaValues(html: string, key: string): string[] {
  return headTags(html, 'meta')
    .filter((tag) => tag.get('name') === key || tag.get('property') === key)
    .map((tag) => tag.get('content') ?? '');
}

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    ([, text = '']) => JSON.parse(text) as Record<string, unknown>,
  );
}

/** The dist page an absolute URL of the site points at, or undefined when there is none. */
function pageOf(url: string): string | undefined {
  if (!url.startsWith(ROOT.href)) return undefined;
  const file = join(
    DIST,
    decodeURIComponent(new URL(url).pathname.slice(ROOT.pathname.length)),
    'index.html',
  );
  return existsSync(file) ? file : undefined;
}

const inEveryLanguage = (path: string) => PREFIXES.map((prefix) => `${prefix}${path}`);

describe('Highwire tags', () => {
  const pages = () =>
    graph.collections.articles.flatMap((article) => [
      { article: article.id, path: entityPath('articles', article.id), fullText: fullTextPath(article.id) },
      { article: article.id, path: fullTextPath(article.id), fullText: fullTextPath(article.id) },
      ...graph.sections(article.id).map((section) => ({
        article: article.id,
        path: entityPath('sections', section.id),
        fullText: entityPath('sections', section.id),
      })),
    ]);

  test('the article, its whole text and every section page carry every required tag, with content', () => {
    for (const { path } of pages()) {
      for (const page of inEveryLanguage(path)) {
        const html = builtPage(page);
        for (const name of ARTICLE_TAGS) {
          const values = metaValues(html, name);
          expect(values.length, `${page} ${name}`).toBeGreaterThan(0);
          for (const value of values) expect(value.trim(), `${page} ${name}`).not.toBe('');
        }
      }
    }
  });

  test('one citation_reference per numbered reference, as printed', () => {
    for (const { article, path } of pages()) {
      const printed = graph.references(article).map((r) => r.printed);
      expect(printed).toHaveLength(10);
      for (const page of inEveryLanguage(path))
        expect(metaValues(builtPage(page), 'citation_reference'), page).toEqual(printed);
    }
  });

  test('the URLs are absolute and lead to built pages; a section names itself as the full text', () => {
    for (const { article, path, fullText } of pages()) {
      for (const [index, page] of inEveryLanguage(path).entries()) {
        const html = builtPage(page);
        const [abstractUrl = ''] = metaValues(html, 'citation_abstract_html_url');
        const [fullTextUrl = ''] = metaValues(html, 'citation_fulltext_html_url');
        expect(abstractUrl).toBe(new URL(`${PREFIXES[index]}${entityPath('articles', article)}`, ROOT).href);
        expect(fullTextUrl).toBe(new URL(`${PREFIXES[index]}${fullText}`, ROOT).href);
        expect(pageOf(abstractUrl), abstractUrl).toBeDefined();
        expect(pageOf(fullTextUrl), fullTextUrl).toBeDefined();
      }
    }
  });

  test('facts the data leaves unconfirmed are not emitted', () => {
    const html = builtPage(entityPath('articles', 'moldakhmetova-2025'));
    for (const name of ['citation_issn', 'citation_volume', 'citation_issue'])
      expect(metaValues(html, name), name).toEqual([]);
  });
});

describe('JSON-LD', () => {
  test('the article page: a ScholarlyArticle with its required properties', () => {
    for (const { id } of graph.collections.articles) {
      for (const page of inEveryLanguage(entityPath('articles', id))) {
        const [ld, ...rest] = jsonLd(builtPage(page));
        expect(rest, page).toEqual([]);
        expect(ld).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'ScholarlyArticle',
          name: expect.any(String),
          headline: expect.any(String),
          identifier: {
            '@type': 'PropertyValue',
            propertyID: 'DOI',
            value: graph.entry('articles', id).data.doi,
          },
          sameAs: `https://doi.org/${graph.entry('articles', id).data.doi}`,
          inLanguage: 'ru',
          abstract: expect.any(String),
          keywords: expect.any(Array),
          isPartOf: { '@type': 'Periodical', name: expect.any(String) },
          datePublished: '2025',
        });
        const authors = ld?.['author'] as Record<string, unknown>[];
        expect(authors.length).toBeGreaterThan(0);
        for (const author of authors)
          expect(author).toMatchObject({
            '@type': 'Person',
            name: expect.any(String),
            affiliation: { '@type': 'Organization', name: expect.any(String) },
          });
        const citations = ld?.['citation'] as Record<string, unknown>[];
        expect(citations).toHaveLength(graph.references(id).length);
        for (const citation of citations)
          expect(citation).toMatchObject({ '@type': 'CreativeWork', name: expect.any(String) });
      }
    }
  });

  test('every norm page: Legislation', () => {
    for (const { id, data } of graph.collections.norms) {
      for (const page of inEveryLanguage(entityPath('norms', id))) {
        const [ld, ...rest] = jsonLd(builtPage(page));
        expect(rest, page).toEqual([]);
        expect(ld, page).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'Legislation',
          name: expect.stringMatching(/\S/),
          legislationType: data.kind,
          legislationJurisdiction: expect.stringMatching(/\S/),
          url: new URL(page, ROOT).href,
        });
        if (data.official.adopted) expect(ld?.['legislationDate'], page).toBe(data.official.adopted);
        if (data.official.url) expect(ld?.['sameAs'], page).toBe(data.official.url);
        if (data.official.status.state === 'unconfirmed')
          expect(ld, page).not.toHaveProperty('legislationLegalForce');
        else
          expect(ld?.['legislationLegalForce'], page).toMatch(
            /^https:\/\/schema\.org\/(InForce|NotInForce)$/,
          );
      }
    }
  });

  test('every statistic page: Dataset, its territory named in the page’s language', () => {
    const territory: Record<string, string> = { '': 'Казахстан', 'kk/': 'Қазақстан', 'en/': 'Kazakhstan' };
    for (const { id } of graph.collections.statistics) {
      for (const prefix of PREFIXES) {
        const page = `${prefix}${entityPath('statistics', id)}`;
        const [ld, ...rest] = jsonLd(builtPage(page));
        expect(rest, page).toEqual([]);
        expect(ld, page).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'Dataset',
          name: expect.stringMatching(/\S/),
          description: expect.stringMatching(/\S/),
          temporalCoverage: expect.stringMatching(/^\d{4}(-\d{2}-\d{2})?$/),
          spatialCoverage: {
            '@type': 'Place',
            name: territory[prefix],
            address: { addressCountry: 'KZ' },
          },
          variableMeasured: { '@type': 'PropertyValue', value: expect.any(Number) },
        });
      }
    }
  });
});

describe('Open Graph', () => {
  test('the metadata pages have og:title, og:type, og:url (their canonical URL), locale and description', () => {
    const paths = [
      ...graph.collections.articles.map(({ id }) => entityPath('articles', id)),
      ...graph.collections.sections.map(({ id }) => entityPath('sections', id)),
      ...graph.collections.norms.map(({ id }) => entityPath('norms', id)),
      ...graph.collections.statistics.map(({ id }) => entityPath('statistics', id)),
    ];
    const locales = ['ru_RU', 'kk_KZ', 'en_GB'];
    for (const path of paths) {
      for (const [index, page] of inEveryLanguage(path).entries()) {
        const html = builtPage(page);
        const canonical = headTags(html, 'link')
          .find((tag) => tag.get('rel') === 'canonical')
          ?.get('href');
        expect(metaValues(html, 'og:url'), page).toEqual([canonical]);
        expect(metaValues(html, 'og:locale'), page).toEqual([locales[index]]);
        for (const key of ['og:title', 'og:type', 'og:site_name', 'og:description']) {
          const [value = '', ...more] = metaValues(html, key);
          expect(more, `${page} ${key}`).toEqual([]);
          expect(value.trim(), `${page} ${key}`).not.toBe('');
        }
        expect(metaValues(html, 'og:type'), page).toEqual([
          path.startsWith('articles/') ? 'article' : 'website',
        ]);
      }
    }
  });
});

/** Problems that make an XML document not well-formed, for the subset a sitemap uses. */
function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push('no XML declaration');
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const [whole, close, open, attributes = '', selfClosing, text, stray] of body.matchAll(token)) {
    if (stray) problems.push(`stray < near ${JSON.stringify(body.slice(0, 40))}`);
    else if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root: ${text.trim()}`);
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(text)) problems.push(`bare & in ${text}`);
    } else if (close) {
      if (stack.pop() !== close) problems.push(`</${close}> closes nothing open`);
    } else if (open) {
      if (stack.length === 0) roots += 1;
      const names = [...attributes.matchAll(/([\w:.-]+)\s*=/g)].map(([, name]) => name);
      if (new Set(names).size !== names.length) problems.push(`repeated attribute in ${whole}`);
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(attributes))
        problems.push(`bare & in ${whole}`);
      if (!selfClosing) stack.push(open);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

describe('sitemap.xml and robots.txt', () => {
  const sitemap = () => readFileSync(join(DIST, 'sitemap.xml'), 'utf8');

  test('the sitemap is well-formed, with the sitemap and xhtml namespaces', () => {
    const xml = sitemap();
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    // The checker itself catches what it should.
    expect(wellFormednessProblems('<?xml version="1.0" encoding="UTF-8"?><a><b></a>')).not.toEqual([]);
    expect(wellFormednessProblems('<?xml version="1.0" encoding="UTF-8"?><a>x & y</a>')).not.toEqual([]);
  });

  test('every <loc> and every alternate is an absolute URL of a built page', () => {
    const xml = sitemap();
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc = '']) => decode(loc));
    const alternates = [...xml.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]*)"\/>/g)];
    expect(locs.length).toBeGreaterThan(0);
    expect(new Set(locs).size).toBe(locs.length);
    expect(alternates).toHaveLength(locs.length * 4);
    for (const loc of locs) expect(pageOf(loc), loc).toBeDefined();
    for (const [, hreflang, href = ''] of alternates) {
      expect(['ru', 'kk', 'en', 'x-default']).toContain(hreflang);
      expect(pageOf(decode(href)), href).toBeDefined();
    }
  });

  test('every built page is in the sitemap (but the 404 page)', () => {
    const locs = new Set([...sitemap().matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc = '']) => decode(loc)));
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split('\\').join('/'))
      .filter((file) => file.endsWith('index.html'))
      .map((file) => new URL(file.replace(/index\.html$/, ''), ROOT).href);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((url) => !locs.has(url))).toEqual([]);
    expect(locs.size).toBe(pages.length);
  });

  test('robots.txt allows everything and names the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', ROOT).href}`);
  });
});

describe('what reference managers save from each kind of page (Zotero Embedded Metadata tags)', () => {
  /** The page's meta tags as name → its values. */
  const meta = (page: string) => (key: string) => metaValues(builtPage(page), key);

  test.each(['articles/moldakhmetova-2025/', 'articles/moldakhmetova-2025/full-text/'])(
    'the article (%s): Highwire only, no z.itemType to compete with it',
    (page) => {
      const tags = meta(page);
      expect(tags('citation_journal_title')).toHaveLength(1);
      expect(tags('citation_doi')).toEqual(['10.51889/2959-6181.2025.81.3.008']);
      expect(tags('z.itemType')).toEqual([]);
    },
  );

  test('a section: the same article, its section in Extra', () => {
    const tags = meta('articles/moldakhmetova-2025/introduction/');
    expect(tags('citation_doi')).toEqual(['10.51889/2959-6181.2025.81.3.008']);
    expect(tags('citation_title')).toEqual(meta('articles/moldakhmetova-2025/')('citation_title'));
    expect(tags('z.itemType')).toEqual(['journalArticle']);
    expect(tags('DC.description')).toEqual([
      `Section: ${graph.entry('sections', 'moldakhmetova-2025/introduction').data.heading}`,
    ]);
  });

  test.each(PREFIXES)(
    'a norm (%s): a statute with its official title, number, date, address, jurisdiction',
    (prefix) => {
      const tags = meta(`${prefix}norms/kz-law-migration-2011/`);
      expect(tags('z.itemType')).toEqual(['statute']);
      expect(tags('DC.title')).toEqual(['О миграции населения']);
      expect(tags('prism.number')).toEqual(['477-IV']);
      expect(tags('dcterms.issued')).toEqual(['2011-07-22']);
      expect(tags('eprints.official_url')).toEqual(['https://adilet.zan.kz/rus/docs/Z1100000477']);
      expect(tags('DC.language')).toEqual(['ru']);
      expect(tags('DC.description')).toEqual(['Jurisdiction: Kazakhstan']);
      expect(tags('citation_title')).toEqual([]);
    },
  );

  test('a treaty is a statute with its kind stated', () => {
    const tags = meta('norms/eaeu-treaty-2014/');
    expect(tags('z.itemType')).toEqual(['statute']);
    expect(tags('DC.description')).toEqual(['Type: treaty\nJurisdiction: Eurasian Economic Union']);
  });

  test('every norm and figure page names its item type once', () => {
    for (const norm of graph.collections.norms)
      expect(meta(`norms/${norm.id}/`)('z.itemType'), norm.id).toEqual(['statute']);
    for (const figure of graph.collections.statistics)
      expect(meta(`statistics/${figure.id}/`)('z.itemType'), figure.id).toEqual(['dataset']);
  });

  test('a journal article source: Highwire with the work’s own title, no page description', () => {
    const tags = meta('sources/shesteryakova-2017/');
    expect(tags('citation_title')).toEqual([
      'Трудоправовая интеграция государств - членов Евразийского экономического союза: итоги и перспективы',
    ]);
    expect(tags('citation_author')).toEqual(['Шестерякова, И.В.']);
    expect(tags('citation_journal_title')).toEqual(['Вестник СПбГУ. Серия 14. Право']);
    expect(tags('citation_publication_date')).toEqual(['2017']);
    expect(tags('citation_issue')).toEqual(['3']);
    expect(tags('DC.description')).toEqual(['Accessed: 2025-06-12']);
    // The site's tagline would be imported as the work's abstract.
    expect(tags('description')).toEqual([]);
    expect(tags('og:description')).toEqual([]);
  });

  test('a report source names its institution and place', () => {
    const tags = meta('sources/iom-world-migration-report-2022/');
    expect(tags('citation_technical_report_institution')).toHaveLength(1);
    expect(tags('eprints.place_of_pub')).toEqual(['Geneva']);
    expect(tags('citation_journal_title')).toEqual([]);
  });

  test('a figure: a dataset with its title, date and the source the article names', () => {
    const tags = meta('statistics/arrivals-2022/');
    expect(tags('z.itemType')).toEqual(['dataset']);
    expect(tags('DC.title')).toEqual(['Прибывшие в Казахстан в 2022 году']);
    expect(tags('DC.date')).toEqual(['2022']);
    expect(tags('DC.description')[0]).toMatch(/^Source: /);
  });

  test('an undated work’s page has no <time datetime> for Zotero to take as its date', () => {
    for (const source of ['sarsenova-aitasova-labour-migration', 'bns-migration-2022'])
      for (const page of inEveryLanguage(`sources/${source}/`)) {
        const tags = meta(page);
        expect([...tags('DC.date'), ...tags('citation_date')], page).toEqual([]);
        expect(builtPage(page), page).not.toMatch(/<time[^>]* datetime=/u);
      }
  });

  test.each(['', 'glossary/quota/', 'notes/footnote-4-no-url/', 'overview/', 'organizations/iom/'])(
    'the page «%s»: a web page of the site, titled without the site name, with a description',
    (page) => {
      const tags = meta(page);
      expect(tags('z.itemType')).toEqual(['webpage']);
      expect(tags('DC.title')).toHaveLength(1);
      expect(tags('DC.title')[0]).not.toContain(' · ');
      expect(tags('prism.publicationName')).toHaveLength(1);
      expect(tags('description')).toHaveLength(1);
      // The site's edition, not the first <time> on the page (the overview's oldest act).
      expect(tags('DC.date')).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    },
  );
});
