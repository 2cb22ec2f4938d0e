import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import CSL from 'citeproc';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config';
import { CITATION_STYLES, citeRecord } from '../../src/lib/cite';
import { CITE_FILE_FORMATS, recordFilePath, recordTargets } from '../../src/lib/cite/files';
import type { RecordTarget } from '../../src/lib/cite';
import { buildGraph, type Graph } from '../../src/lib/graph';
import { UI_LANGS } from '../../src/i18n';
import { langPrefix, withBase } from '../../src/lib/site-url';
import { entityPath, fullTextPath } from '../../src/lib/routes';
import { builtPage, DIST, visibleText } from '../support/built-site';
import { loadContent } from '../support/load-content';

/**
 * The records are written by the site's serialisers (src/lib/open-data/ris.ts, bibtex.ts); they are
 * read back here by parsers that share none of their code (a BibTeX parser, a RIS parser, and
 * citeproc-js rendering the CSL-JSON), and must keep the title, the authors' surnames, the year and
 * the address or DOI of the record built from the content, and take the type of their kind.
 */

/** What every format must keep. */
interface Kept {
  title: string;
  surnames: string[];
  year: number | undefined;
  url: string | undefined;
  doi: string | undefined;
}

let graph: Graph;
let targets: RecordTarget[];
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
  targets = recordTargets(graph);
});

const read = (path: string): string => {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} was not built (run npm run build first)`);
  return readFileSync(file, 'utf8');
};

/** The canonical address of a page, as the built page declares it. */
function canonicalOf(path: string): string {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(builtPage(path))?.[1];
  if (!href) throw new Error(`${path}: no canonical link`);
  return href;
}

/** What the record built from the content holds; a section's address is its page's. */
function expected(target: RecordTarget): Kept {
  const url = target.collection === 'sections' ? canonicalOf(entityPath('sections', target.id)) : undefined;
  const item = citeRecord(graph, target, url);
  return {
    title: item.title,
    surnames: (item.author ?? []).map((name) => ('family' in name ? name.family : name.literal)),
    year: item.issued?.['date-parts'][0][0],
    url: item.URL,
    doi: item.DOI,
  };
}

/** A minimal CSL style that prints each kept variable behind a label, for citeproc-js. */
const ROUND_TRIP_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Round trip</title><id>round-trip</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout>
      <text variable="title" prefix="title=" suffix="|"/>
      <names variable="author" prefix="surnames=" suffix="|"><name form="short" delimiter=";"/></names>
      <date variable="issued" prefix="year=" suffix="|"><date-part name="year"/></date>
      <text variable="URL" prefix="url=" suffix="|"/>
      <text variable="DOI" prefix="doi=" suffix="|"/>
    </layout>
  </bibliography>
</style>`;
/** The few locale terms the round-trip style needs (citeproc-js asks for a locale in any case). */
const MINIMAL_LOCALE = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
  <terms><term name="and">and</term><term name="et-al">et al.</term></terms>
</locale>`;

/** CSL-JSON rendered by citeproc-js with the round-trip style, read back into the kept values. */
function keptByCiteproc(json: string): Kept {
  const items = JSON.parse(json) as { id: string }[];
  expect(items).toHaveLength(1);
  const engine = new CSL.Engine(
    { retrieveLocale: () => MINIMAL_LOCALE, retrieveItem: (id) => items.find((item) => item.id === id) },
    ROUND_TRIP_STYLE,
  );
  engine.setOutputFormat('text');
  engine.updateItems(items.map((item) => item.id));
  const [, [entry = ''] = []] = engine.makeBibliography();
  const value = (label: string): string | undefined => new RegExp(`${label}=([^|]*)\\|`).exec(entry)?.[1];
  const year = value('year');
  return {
    title: value('title') ?? '',
    surnames: value('surnames')?.split(';') ?? [],
    year: year === undefined ? undefined : Number(year),
    url: value('url'),
    doi: value('doi'),
  };
}

/** A BibTeX file read by @retorquere/bibtex-parser. */
function keptByBibtexParser(bib: string): Kept {
  // Casing is a style's business: the parser's English sentence-casing would guess at a title's
  // case where the entry names no language; the words themselves must survive.
  const library = parseBibtex(bib, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  const { fields } = library.entries[0] ?? { fields: {} as never };
  return {
    title: fields.title ?? '',
    surnames: (fields.author ?? []).map((creator) => creator.lastName ?? creator.name ?? ''),
    year: fields.year === undefined ? undefined : Number(fields.year),
    url: fields.url,
    doi: fields.doi,
  };
}

/** A RIS file read by astrocite-ris (into CSL-JSON, by its own code). */
function keptByRisParser(ris: string): Kept {
  const items = parseRis(ris) as Record<string, unknown>[];
  expect(items).toHaveLength(1);
  const item = items[0] ?? {};
  const authors = (item['author'] ?? []) as { family?: string; literal?: string }[];
  const issued = item['issued'] as { 'date-parts'?: unknown[][] } | undefined;
  const year = issued?.['date-parts']?.[0]?.[0];
  return {
    title: String(item['title'] ?? ''),
    surnames: authors.map((name) => name.family ?? name.literal ?? ''),
    year: year === undefined ? undefined : Number(year),
    url: item['URL'] as string | undefined,
    doi: item['DOI'] as string | undefined,
  };
}

const READERS = {
  bib: keptByBibtexParser,
  ris: keptByRisParser,
  json: keptByCiteproc,
} as const;

describe('every article, section, source and norm has its citation files', () => {
  test('one file per record and format, none empty', () => {
    expect(targets.map((t) => t.collection)).toEqual(
      expect.arrayContaining(['articles', 'sections', 'sources', 'norms']),
    );
    for (const target of targets)
      for (const { extension } of CITE_FILE_FORMATS)
        expect(
          read(recordFilePath(target, extension)).trim().length,
          recordFilePath(target, extension),
        ).toBeGreaterThan(0);
  });

  for (const { extension, format } of CITE_FILE_FORMATS)
    test(`${format} parses back with an independent parser, keeping title, authors, year, URL and DOI`, () => {
      for (const target of targets) {
        const path = recordFilePath(target, extension);
        expect(READERS[extension](read(path)), path).toEqual(expected(target));
      }
    });

  test('each file takes the type Zotero imports as its kind: RIS TY, BibTeX entry type, CSL type', () => {
    /** The types of each kind, written out from Zotero's RIS.js and BibTeX.js. */
    const TYPES = {
      'journal-article': ['JOUR', 'article', 'article-journal'],
      report: ['RPRT', 'techreport', 'report'],
      'web-page': ['ELEC', 'online', 'webpage'],
      act: ['STAT', 'misc', 'legislation|treaty'],
    } as const;
    const kindOf = ({ collection, id }: RecordTarget): keyof typeof TYPES => {
      if (collection === 'norms') return 'act';
      if (collection !== 'sources') return 'journal-article';
      const { kind } = graph.entry('sources', id).data;
      return kind === 'legal-act' ? 'act' : kind;
    };
    for (const target of targets) {
      const [ty, bibType, cslType] = TYPES[kindOf(target)];
      const path = (extension: 'ris' | 'bib' | 'json') => recordFilePath(target, extension);
      expect(/^TY {2}- (.*)$/m.exec(read(path('ris')))?.[1], path('ris')).toBe(ty);
      expect(parseBibtex(read(path('bib'))).entries[0]?.type, path('bib')).toBe(bibType);
      expect(cslType.split('|'), path('json')).toContain(
        (JSON.parse(read(path('json'))) as { type: string }[])[0]?.type,
      );
    }
  });

  test('the 2023–2027 Concept’s files carry the verified address, the printed one in the note', () => {
    const target = { collection: 'sources', id: 'act-kz-concept-migration-2023-2027' } as const;
    const ris = read(recordFilePath(target, 'ris'));
    expect(ris).toContain('UR  - https://adilet.zan.kz/rus/docs/P2200000961\n');
    expect(ris).toMatch(/^N1 {2}- .*https:\/\/adilet\.zan\.kz\/rus\/docs\/Z1100000477/m);
    const fields = parseBibtex(read(recordFilePath(target, 'bib'))).entries[0]?.fields;
    expect(fields).toMatchObject({ url: 'https://adilet.zan.kz/rus/docs/P2200000961', number: '961' });
    expect(fields?.note).toContain('https://adilet.zan.kz/rus/docs/Z1100000477');
  });

  test('Cyrillic survives BibTeX (written in Unicode, not ASCII)', () => {
    const bib = read(recordFilePath({ collection: 'articles', id: 'moldakhmetova-2025' }, 'bib'));
    expect(bib).toContain('Молдахметова');
  });
});

/** Every built page's path (`''`, `norms/`, `en/norms/x/`), the 404 page aside (it cites nothing). */
function builtPaths(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
    .map((file) => file.replace(/index\.html$/, ''));
}

/** The cite box of a built page, or undefined. */
function citeBox(path: string): string | undefined {
  return /<section class="cite-this no-print"[^>]*>[\s\S]*?<\/section>/.exec(builtPage(path))?.[0];
}

/** The download links in a cite box: href and download name. */
function downloads(box: string): { href: string; name: string }[] {
  return [...box.matchAll(/<a href="([^"]+)" download="([^"]+)"/g)].map(([, href = '', name = '']) => ({
    href,
    name,
  }));
}

describe('the cite box on every page', () => {
  test('every page shows its subject in the four styles as text, kept out of the search index', () => {
    const paths = builtPaths();
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const box = citeBox(path);
      expect(box, path).toBeDefined();
      expect(box, path).toContain('data-pagefind-ignore');
      const styles = [...(box ?? '').matchAll(/<div class="cite-style"[^>]*data-cite-style="([a-z]+)"/g)];
      expect(
        styles.map(([, style]) => style),
        path,
      ).toEqual([...CITATION_STYLES]);
      // Each style marks what its copy button copies, and that is text (the titles it quotes in
      // another language marked with their own `lang`).
      const copied = [...(box ?? '').matchAll(/<span[^>]*data-copied[^>]*>([\s\S]*?)<\/span>\s*<\/p>/g)];
      expect(copied.length, path).toBeGreaterThanOrEqual(CITATION_STYLES.length);
      for (const [, html = ''] of copied) {
        expect(html, path).not.toMatch(/<(?!\/?span\b)/);
        expect(visibleText(html).length, path).toBeGreaterThan(5);
      }
    }
  });

  test('the pages of an article, a section, a source or a norm link the three files of its record', () => {
    for (const target of targets) {
      const pages =
        target.collection === 'articles'
          ? [entityPath('articles', target.id), fullTextPath(target.id)]
          : [entityPath(target.collection, target.id)];
      const files = CITE_FILE_FORMATS.map(({ extension }) => ({
        href: withBase(config.base ?? '/', recordFilePath(target, extension)),
        name: `${target.id.replaceAll('/', '-')}.${extension}`,
      }));
      for (const lang of UI_LANGS)
        for (const page of pages)
          expect(downloads(citeBox(`${langPrefix(lang)}${page}`) ?? ''), page).toEqual(files);
    }
  });

  test('other pages are cited as pages of the explorer, with their address, and offer no files', () => {
    const box = citeBox('en/statistics/') ?? '';
    expect(downloads(box)).toEqual([]);
    // Dated by the site's edition, as the print pages are (GOST is Russian in every UI).
    expect(visibleText(box)).toMatch(
      new RegExp(
        `Figures \\[Электронный ресурс\\]\\. URL: ${canonicalOf('en/statistics/')} \\(дата обращения: \\d{2}\\.\\d{2}\\.\\d{4}\\)`,
        'u',
      ),
    );
  });

  test('a section is cited with its heading and its page', () => {
    const path = entityPath('sections', 'moldakhmetova-2025/conclusion');
    const text = visibleText(citeBox(path) ?? '');
    expect(text).toContain('2025. – разд. «Заключение»');
    // The styles that print an address give the section's page.
    expect(text).toContain(`<${canonicalOf(path)}>`);
  });
});
