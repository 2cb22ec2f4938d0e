import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../src/lib/content';
import { REGISTRY } from '../../src/lib/collections';
import { entryId, listContentFiles } from '../../src/lib/content-files';
import type { CslItem } from '../../src/lib/open-data/csl';
import { createAjv } from '../lib/open-data/json-schema';
import { builtPage, DIST } from '../support/built-site';
import { loadContent } from '../support/load-content';

/** Every file the open data promises, at its permanent address under data/. */
const FILES = [
  'article.json',
  'norms.json',
  'statistics.json',
  'statistics.csv',
  'sources.json',
  'sources.csl.json',
  'sources.bib',
  'sources.ris',
  'organizations.json',
  'glossary.json',
  'notes.json',
  'comparisons.json',
  'dump.json',
];
/** The JSON files that open with `schema`, and the collection their items come from. */
const DATA_SETS = {
  'norms.json': 'norms',
  'statistics.json': 'statistics',
  'sources.json': 'sources',
  'organizations.json': 'organizations',
  'glossary.json': 'glossary',
  'notes.json': 'notes',
  'comparisons.json': 'comparisons',
  'article.json': 'articles',
} as const;

const read = (name: string): string => {
  const file = join(DIST, 'data', name);
  if (!existsSync(file)) throw new Error(`${file} was not built (run npm run build first)`);
  return readFileSync(file, 'utf8');
};
const readJson = (name: string): unknown => JSON.parse(read(name));
/** A schema address of the site, read from dist/. */
const schemaAt = (url: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DIST, new URL(url).pathname), 'utf8'));

let content: Collections;
beforeAll(async () => {
  content = await loadContent('content');
});

describe('the files exist', () => {
  test.each(FILES)('data/%s', (name) => {
    expect(read(name).length).toBeGreaterThan(0);
  });

  test('the open-data page lists every file, its schema and the licence, in every language', () => {
    for (const prefix of ['', 'kk/', 'en/']) {
      const page = builtPage(`${prefix}open-data/`);
      for (const name of FILES) expect(page, `${prefix} ${name}`).toContain(`href="/data/${name}"`);
      expect(page).toContain('href="/data/schemas/norms.schema.json"');
      expect(page).toContain('https://creativecommons.org/licenses/by/4.0/');
    }
  });
});

describe('JSON validates against its generated schema (ajv, draft 2020-12)', () => {
  test.each(Object.keys(DATA_SETS).concat('dump.json'))('%s', (name) => {
    const data = readJson(name) as { schema: string };
    expect(data.schema).toMatch(/^https:\/\/.+\/data\/schemas\/[a-z]+\.schema\.json$/);
    const validate = createAjv().compile(schemaAt(data.schema));
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  test('sources.csl.json', () => {
    const validate = createAjv().compile(
      schemaAt('https://site.invalid/data/schemas/sources.csl.schema.json'),
    );
    validate(readJson('sources.csl.json'));
    expect(validate.errors ?? []).toEqual([]);
  });

  test.each(Object.entries(DATA_SETS))('%s has one item per entry of content/%s', (name, collection) => {
    const data = readJson(name) as { items: { id: string; pageUrl: string }[]; generated_from: unknown };
    const ids = listContentFiles(`content/${collection}`, REGISTRY.declaration(collection).extension)
      .map(entryId)
      .sort();
    expect(data.items.map((item) => item.id).sort()).toEqual(ids);
    expect(JSON.stringify(data.generated_from)).toContain(`content/${collection}`);
    for (const item of data.items) expect(() => new URL(item.pageUrl), item.id).not.toThrow();
  });

  test('the dump holds the same items as the single files', () => {
    const dump = readJson('dump.json') as { datasets: Record<string, unknown> };
    for (const name of Object.keys(DATA_SETS)) {
      const { items } = readJson(name) as { items: unknown };
      expect(dump.datasets[name.replace(/\.json$/, '')], name).toEqual(items);
    }
  });

  test("article.json has every section's paragraphs verbatim, in reading order", () => {
    const [article] = (readJson('article.json') as { items: ArticleItem[] }).items;
    const sections = content.sections
      .filter((s) => s.data.article.id === article?.id)
      .sort((a, b) => a.data.order - b.data.order);
    expect(article?.sections.map((s) => s.id)).toEqual(sections.map((s) => s.id));
    for (const section of article?.sections ?? []) {
      const page = builtPage(new URL(section.pageUrl).pathname.slice(1));
      for (const paragraph of section.paragraphs) {
        expect(paragraph.permalink).toBe(`${section.pageUrl}#${paragraph.anchor}`);
        expect(page, paragraph.anchor).toContain(`id="${paragraph.anchor}"`);
      }
    }
    expect(article?.footnotes.length).toBeGreaterThan(0);
    expect(article?.references.length).toBeGreaterThan(0);
  });
});

interface ArticleItem {
  id: string;
  sections: { id: string; pageUrl: string; paragraphs: { anchor: string; permalink: string }[] }[];
  footnotes: unknown[];
  references: unknown[];
}

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('statistics.csv', () => {
  const COLUMNS =
    'id,label_ru,label_en,value,unit,printed_value,qualifier,counts_ru,measure,date_or_year,geography,source_given,source_number,source_id,sentence,locator_url';

  test('the reader handles RFC 4180 quoting', () => {
    expect(parseCsv('a,"b,c","d ""e""\r\nf"\r\n,\r\n')).toEqual([
      ['a', 'b,c', 'd "e"\r\nf'],
      ['', ''],
    ]);
  });

  test('UTF-8 with a byte order mark, the header, one row per figure, the content’s values', () => {
    const bytes = readFileSync(join(DIST, 'data', 'statistics.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header?.join(',')).toBe(COLUMNS);
    expect(rows).toHaveLength(content.statistics.length);
    for (const row of rows) {
      expect(row).toHaveLength(header?.length ?? 0);
      const record = Object.fromEntries(header?.map((column, i) => [column, row[i] ?? '']) ?? []);
      const statistic = content.statistics.find((s) => s.id === record['id']);
      expect(statistic, record['id']).toBeDefined();
      expect(record['sentence']).toBe(statistic?.data.sentence.text);
      expect(record['printed_value']).toBe(statistic?.data.printedValue);
      expect(Number(record['value'])).toBe(statistic?.data.value);
      expect(record['source_given']).toBe(statistic?.data.source.given);
      if (statistic?.data.source.given !== 'none') expect(record['source_id'], record['id']).not.toBe('');
      expect(new URL(record['locator_url'] ?? '').hash).toMatch(/^#.+-p\d+$/);
    }
  });
});

describe('citations read back with independent parsers', () => {
  /** A source as each format gives it back. */
  interface ReadBack {
    id: string;
    type: string;
    title: string;
    authors: string[];
    year: number | null;
    url: string | null;
    number: string | null;
    note: string | null;
  }

  /** The types each kind must take in each file, written out from Zotero's RIS.js and BibTeX.js. */
  const TYPES = {
    'journal-article': { csl: 'article-journal', biblatex: 'article', ris: 'JOUR' },
    report: { csl: 'report', biblatex: 'report', ris: 'RPRT' },
    'web-page': { csl: 'webpage', biblatex: 'online', ris: 'ELEC' },
    'legal-act': { csl: 'legislation', biblatex: 'misc', ris: 'STAT' },
  } as const;

  /** Each source in every format: its id, type, title, authors as printed, year, address, number. */
  function checkAgainstContent(format: keyof (typeof TYPES)['report'], parsed: ReadBack[]) {
    expect(parsed.map((entry) => entry.id).sort(), format).toEqual(content.sources.map((s) => s.id).sort());
    for (const source of content.sources) {
      const { data } = source;
      const entry = parsed.find((e) => e.id === source.id);
      const norm = data.kind === 'legal-act' ? content.norms.find((n) => n.id === data.norm.id) : undefined;
      // A printed address an editorial note gives to another act is replaced by the act's own.
      const slipped = data.kind === 'legal-act' && data.urlPointsToOtherAct !== undefined;
      expect(entry, `${format}: ${source.id}`).toMatchObject({
        type: TYPES[data.kind][format],
        title: data.title,
        authors: data.authors,
        year: data.year,
        url: slipped ? (norm?.data.official.url ?? '') : data.url,
      });
      if (norm?.data.official.number)
        expect(entry?.number, `${format}: ${source.id}`).toBe(norm.data.official.number);
      if (slipped) expect(entry?.note, `${format}: ${source.id}`).toContain(data.url ?? '');
    }
  }

  test('sources.csl.json', () => {
    const items = readJson('sources.csl.json') as CslItem[];
    checkAgainstContent(
      'csl',
      items.map((item) => ({
        id: item.id,
        type: item.type,
        title: item.title,
        authors: (item.author ?? []).map((name) =>
          'literal' in name ? name.literal : `${name.family} ${name.given}`,
        ),
        year: item.issued?.['date-parts'][0][0] ?? null,
        url: item.URL ?? null,
        number: item.number ?? null,
        note: item.note ?? null,
      })),
    );
  });

  test('sources.bib (BibLaTeX, keys are the ids), by @retorquere/bibtex-parser', () => {
    const bib = read('sources.bib');
    expect(bib).toMatch(/[А-Яа-я]/);
    const library = parseBibtex(bib, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    checkAgainstContent(
      'biblatex',
      library.entries.map(({ key, type, fields }) => ({
        id: key,
        type,
        title: fields.title ?? '',
        authors: (fields.author ?? []).map((name) => name.name ?? `${name.lastName} ${name.firstName}`),
        year: fields.date === undefined ? null : Number(fields.date.slice(0, 4)),
        url: fields.url ?? null,
        number: fields.number ?? null,
        note: fields.note ?? null,
      })),
    );
  });

  /** The year of a date astrocite-ris read (its parts are strings), or null. */
  const yearOf = (issued: unknown): number | null => {
    const year = (issued as { 'date-parts'?: string[][] } | undefined)?.['date-parts']?.[0]?.[0];
    return year === undefined ? null : Number(year);
  };

  test('sources.ris, by astrocite-ris (TY as written, the rest as it reads them)', () => {
    const ris = read('sources.ris');
    const types = [...ris.matchAll(/^TY {2}- (.*)$/gm)].map(([, type]) => type);
    const items = parseRis(ris) as Record<string, unknown>[];
    expect(types).toHaveLength(items.length);
    checkAgainstContent(
      'ris',
      items.map((item, i) => ({
        id: String(item['id']),
        type: types[i] ?? '',
        title: String(item['title']),
        authors: ((item['author'] ?? []) as { family?: string; given?: string; literal?: string }[]).map(
          (name) => name.literal ?? `${name.family} ${name.given}`,
        ),
        year: yearOf(item['issued']),
        url: (item['URL'] as string | undefined) ?? null,
        number: (item['number'] as string | undefined) ?? null,
        note: (item['note'] as string | undefined) ?? null,
      })),
    );
  });
});
