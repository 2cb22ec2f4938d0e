import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import {
  articleItems,
  collectionItems,
  flattenReferences,
  licenseOf,
} from '../../../src/lib/open-data/export-items';
import { dataFilePaths } from '../../../src/lib/open-data/endpoint';
import { DATA_FILES, dataFile } from '../../../src/lib/open-data/files';
import { loadContent } from '../../support/load-content';

const root = new URL('https://example.org/explorer/');
let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('tests/fixtures/content'));
});

describe('flattenReferences', () => {
  test('replaces references by ids, at any depth', () => {
    expect(
      flattenReferences({
        article: { id: 'a', collection: 'articles' },
        about: { norms: [{ id: 'n', collection: 'norms' }] },
        jurisdiction: 'KZ',
      }),
    ).toEqual({ article: 'a', about: { norms: ['n'] }, jurisdiction: 'KZ' });
  });

  test('keeps objects that only look similar, and drops absent fields', () => {
    expect(flattenReferences({ id: 'x', collection: 'y', more: 1, gone: undefined })).toEqual({
      id: 'x',
      collection: 'y',
      more: 1,
    });
    expect(flattenReferences({ n: null, list: [] })).toEqual({ n: null, list: [] });
  });
});

describe('collectionItems', () => {
  test('each item has its id, its page and its data with references flattened', () => {
    const [norm] = collectionItems(graph, 'norms', root);
    expect(norm).toMatchObject({
      id: 'demo-constitution',
      pageUrl: 'https://example.org/explorer/norms/demo-constitution/',
      kind: 'constitution',
      jurisdiction: 'KZ',
    });
    expect(norm?.namedAs[0]?.locator).toEqual({
      in: 'body',
      section: 'demo-2024/introduction',
      paragraph: 1,
    });
    const [statistic] = collectionItems(graph, 'statistics', root);
    expect(statistic?.article).toBe('demo-2024');
    const [note] = collectionItems(graph, 'notes', root);
    expect(note?.about.paragraphs).toEqual([{ section: 'demo-2024/introduction', paragraph: 2 }]);
  });

  test('a comparison row points at its row of the matrix on the overview page', () => {
    const [row] = collectionItems(graph, 'comparisons', root);
    expect(row?.pageUrl).toBe('https://example.org/explorer/overview/#comparison-permit');
    expect(row?.norms).toEqual(['demo-constitution']);
  });
});

describe('articleItems', () => {
  test('gives the structure: sections, paragraphs with permalinks, footnotes, references', () => {
    const [article] = articleItems(graph, root);
    expect(article?.id).toBe('demo-2024');
    expect(article?.fullTextUrl).toBe('https://example.org/explorer/articles/demo-2024/full-text/');
    expect(article?.authors[0]?.affiliation).toBe('demo-university');
    const [section] = article?.sections ?? [];
    expect(section).toMatchObject({
      id: 'demo-2024/introduction',
      article: 'demo-2024',
      order: 1,
      heading: 'Введение',
      pageUrl: 'https://example.org/explorer/articles/demo-2024/introduction/',
    });
    expect(section?.paragraphs[1]).toEqual({
      number: 2,
      anchor: 'introduction-p2',
      permalink: 'https://example.org/explorer/articles/demo-2024/introduction/#introduction-p2',
      text: 'В 2022 году прибыло 17 425 лиц¹ [1].',
    });
    expect(article?.footnotes).toEqual([
      {
        number: 1,
        anchor: 'fn-1',
        permalink: 'https://example.org/explorer/articles/demo-2024/#fn-1',
        source: 'demo-report',
        printed: 'Доклад о миграции. – 2022. – URL: https://example.org/report',
      },
    ]);
    expect(article?.references[0]).toMatchObject({
      number: 1,
      anchor: 'ref-1',
      source: 'demo-report',
      printedTransliterated: 'Doklad o migracii. – 2022.',
    });
  });
});

describe('the catalogue', () => {
  test('file names are unique and every file renders', () => {
    const names = DATA_FILES.map((file) => file.name);
    expect(new Set(names).size).toBe(names.length);
    for (const file of DATA_FILES) expect(file.render(graph, root).length).toBeGreaterThan(0);
  });

  test('a JSON file opens with its schema, licence and content folder', () => {
    const data = JSON.parse(dataFile('norms.json').render(graph, root));
    expect(data.schema).toBe('https://example.org/explorer/data/schemas/norms.schema.json');
    expect(data.license).toEqual(licenseOf(graph));
    expect(data.generated_from).toBe('content/norms');
    expect(data.items).toHaveLength(1);
  });

  test('the dump holds every data set', () => {
    const dump = JSON.parse(dataFile('dump.json').render(graph, root));
    expect(Object.keys(dump.datasets)).toEqual([
      'article',
      'norms',
      'statistics',
      'sources',
      'organizations',
      'notes',
      'glossary',
      'comparisons',
    ]);
    expect(dump.datasets.norms).toEqual(JSON.parse(dataFile('norms.json').render(graph, root)).items);
  });

  test('the licence names the article whose text it does not cover', () => {
    const license = licenseOf(graph);
    expect(license.id).toBe('CC-BY-4.0');
    expect(license.excludes).toContain('https://doi.org/10.1234/demo.2024.1');
    expect(license.excludes).toContain('rights remain with the author and the journal');
  });

  test('every file is served by one of the data-file routes', () => {
    const served = (['json', 'csv', 'bib', 'ris'] as const).flatMap((extension) =>
      dataFilePaths(extension).map(({ params }) => `${params.name}.${extension}`),
    );
    expect(served.sort()).toEqual(DATA_FILES.map((file) => file.name).sort());
  });

  test('an unknown file is an error', () => {
    expect(() => dataFile('nothing.json')).toThrow(/nothing/);
  });
});
