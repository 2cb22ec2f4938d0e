import { describe, expect, test } from 'vitest';
import {
  COLLECTION_NAMES,
  createRegistry,
  ENTITY_COLLECTIONS,
  INDEXED_COLLECTIONS,
  OPEN_DATA_COLLECTIONS,
  REGISTRY,
  type Declaration,
  type View,
} from '../../../src/lib/collections';
import { createViews, LISTED_COLLECTIONS } from '../../../src/lib/collections/views';
import { entityPageParams } from '../../../src/lib/entity-page';
import type { Graph } from '../../../src/lib/graph';
import { exportItems } from '../../../src/lib/open-data/export-items';
import { COLLECTION_SCHEMAS } from '../../../src/schemas/collections';

describe('the site registry', () => {
  test('every collection with a schema has one declaration, and no declaration lacks a schema', () => {
    expect([...COLLECTION_NAMES].sort()).toEqual(Object.keys(COLLECTION_SCHEMAS).sort());
  });

  test('one order for the navigation, the indexes and the open data', () => {
    expect(INDEXED_COLLECTIONS).toEqual([
      'articles',
      'norms',
      'statistics',
      'sources',
      'organizations',
      'notes',
      'glossary',
    ]);
    expect(ENTITY_COLLECTIONS).toEqual(['articles', 'sections', ...INDEXED_COLLECTIONS.slice(1)]);
    expect(OPEN_DATA_COLLECTIONS).toEqual([
      'norms',
      'statistics',
      'sources',
      'organizations',
      'notes',
      'glossary',
      'comparisons',
    ]);
    // Notes and the glossary have index pages of their own.
    expect(LISTED_COLLECTIONS).toEqual(['articles', 'norms', 'statistics', 'sources', 'organizations']);
  });

  test('mention schemes name their collections; an unknown one names none', () => {
    expect(['norm', 'stat', 'org', 'case'].map((scheme) => REGISTRY.mentioned(scheme))).toEqual([
      'norms',
      'statistics',
      'organizations',
      undefined,
    ]);
  });

  test('sections nest under the articles folder and have no index page', () => {
    expect(REGISTRY.entityPath('sections', 'a/intro')).toBe('articles/a/intro/');
    expect(() => REGISTRY.indexPath('sections')).toThrow('collection registry: "sections" has no index page');
    expect(() => REGISTRY.entityPath('comparisons', 'x')).toThrow('"comparisons" has no pages');
    expect(() => REGISTRY.declaration('cases')).toThrow('no collection "cases"');
  });
});

describe('createRegistry refuses ambiguity', () => {
  const base = { extension: 'yaml' } as const;
  test.each([
    [
      'a name',
      [
        { ...base, name: 'a' },
        { ...base, name: 'a' },
      ],
      'share the name "a"',
    ],
    [
      'a mention scheme',
      [
        { ...base, name: 'a', mention: 'x' },
        { ...base, name: 'b', mention: 'x' },
      ],
      'share the mention scheme "x"',
    ],
    [
      'an index folder',
      ['a', 'b'].map((name) => ({
        ...base,
        name,
        pages: {
          folder: 'f',
          search: { type: name, labelKey: 'search.type.page' },
          printsAsFacts: false,
          index: { navKey: 'nav.notes' },
        },
      })),
      'share the index folder "f"',
    ],
  ] as [string, Declaration[], string][])('two collections sharing %s', (_, declarations, message) => {
    expect(() => createRegistry(declarations)).toThrow(message);
  });

  test('a collection with pages needs a view', () => {
    expect(() => createViews(REGISTRY, {})).toThrow('collections: no view for articles, sections');
  });
});

describe('a fixture collection, registered without touching another file', () => {
  // Court cases: what adding a collection takes, besides its schema, body component and strings.
  const cases = {
    name: 'cases',
    extension: 'yaml',
    mention: 'case',
    openData: { quotesArticle: false },
    pages: {
      folder: 'cases',
      search: { type: 'case', labelKey: 'search.type.page' },
      related: { kindKey: 'entity.kind.norms' },
      printsAsFacts: true,
      index: { navKey: 'nav.notes' },
    },
  } satisfies Declaration<'cases'>;
  const entries = [
    {
      id: 'b-v-state',
      data: { title: 'B v State', year: 2021, court: { collection: 'organizations', id: 'sc' } },
    },
    {
      id: 'a-v-state',
      data: { title: 'A v State', year: 2019, court: { collection: 'organizations', id: 'sc' } },
    },
  ];
  const entry = (id: string) => {
    const found = entries.find((e) => e.id === id);
    if (!found) throw new Error(id);
    return found;
  };
  const casesView: View = {
    label: (_, id) => ({ text: entry(id).data.title, lang: 'en' }),
    facets: (_, id) => ({ type: 'case', year: entry(id).data.year, languages: ['en'] }),
    listing: () => ({
      ids: [...entries].sort((a, b) => a.data.year - b.data.year).map((e) => e.id),
      describe: (id) => String(entry(id).data.year),
    }),
  };
  const registry = createRegistry([...REGISTRY.declarations, cases]);
  const views = createViews(registry, {
    ...Object.fromEntries(registry.pagedNames.map((n) => [n, casesView])),
  });
  const graph = {} as Graph;

  test('routes: its pages, its index, its mention scheme', () => {
    expect(registry.entityPath('cases', 'a-v-state')).toBe('cases/a-v-state/');
    expect(registry.indexPath('cases')).toBe('cases/');
    expect(registry.navKey('cases')).toBe('nav.notes');
    expect(registry.indexedNames.at(-1)).toBe('cases');
    expect(registry.mentioned('case')).toBe('cases');
  });

  test('pages: the shared entry page renders it, under its own path', () => {
    expect(registry.factNames.at(-1)).toBe('cases');
    const params = entityPageParams(registry, 'cases', 'a-v-state');
    expect(params).toEqual({ collection: 'cases', id: 'a-v-state' });
    expect(`${params.collection}/${params.id}/`).toBe(registry.entityPath('cases', 'a-v-state'));
  });

  test('index: listed on the shared index page, in its own order', () => {
    expect(views.listedCollections).toContain('cases');
    const { ids, describe } = views.listing(graph, 'cases', 'en');
    expect(ids.map((id) => `${id} ${describe(id)}`)).toEqual(['a-v-state 2019', 'b-v-state 2021']);
  });

  test('search: its facets and its type', () => {
    expect(views.facetsOf(graph, 'cases', 'b-v-state')).toEqual({
      type: 'case',
      year: 2021,
      languages: ['en'],
      // Its name as a result shows it in the English UI; no other name to index.
      shown: { title: { en: 'B v State' } },
      names: [],
    });
    expect(views.entityLabel(graph, 'cases', 'b-v-state', 'ru')).toEqual({ text: 'B v State', lang: 'en' });
  });

  test('exports: a data set of its entries, references flattened, each with its page', () => {
    expect(registry.openDataNames.at(-1)).toBe('cases');
    const items = exportItems(entries, new URL('https://example.org/'), (id) =>
      registry.entityPath('cases', id),
    );
    expect(items[0]).toEqual({
      id: 'b-v-state',
      pageUrl: 'https://example.org/cases/b-v-state/',
      title: 'B v State',
      year: 2021,
      court: 'sc',
    });
  });
});
