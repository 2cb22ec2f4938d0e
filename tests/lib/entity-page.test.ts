import { beforeAll, describe, expect, test } from 'vitest';
import { UI_LANGS, useTranslations } from '../../src/i18n';
import { FACT_COLLECTIONS, REGISTRY } from '../../src/lib/collections';
import { entityPageParams, entityPageRoutes, type EntityPage } from '../../src/lib/entity-page';
import { buildGraph } from '../../src/lib/graph';
import { entityPath, indexPath } from '../../src/lib/routes';
import { loadContent } from '../support/load-content';

const ROOT = new URL('https://example.org/');

describe('the shared entry page', () => {
  let routes: ReturnType<typeof entityPageRoutes>;
  beforeAll(async () => {
    routes = entityPageRoutes(buildGraph(await loadContent('tests/fixtures/content')), ROOT);
  });
  const route = (collection: string, lang: string | undefined) => {
    const found = routes.find((r) => r.props.collection === collection && r.params.lang === lang);
    if (!found) throw new Error(`no ${collection} route in ${lang ?? 'ru'}`);
    return found;
  };

  test('renders the fact collections, and not the article and its sections', () => {
    expect(FACT_COLLECTIONS).toEqual([
      'norms',
      'statistics',
      'sources',
      'organizations',
      'notes',
      'glossary',
    ]);
  });

  test('has a route for every fact entry in every UI language, under the entry’s own path', () => {
    // The fixtures hold one entry of each collection.
    expect(routes).toHaveLength(FACT_COLLECTIONS.length * UI_LANGS.length);
    expect(routes.map((r) => r.params)).toContainEqual({
      collection: 'norms',
      id: 'demo-constitution',
      lang: 'en',
    });
    for (const { params, props } of routes) {
      expect(`${params.collection}/${params.id}/`).toBe(entityPath(props.collection, props.entry.id));
      expect(props.entry.id).toBe(params.id);
    }
    expect(routes.map((r) => r.params.lang)).toEqual(
      UI_LANGS.flatMap((lang) => FACT_COLLECTIONS.map(() => (lang === 'ru' ? undefined : lang))),
    );
  });

  test.each([
    ['norms', 'Constitution', 'en'],
    ['statistics', 'Arrivals in 2022', 'en'],
    ['sources', 'Доклад о миграции', 'ru'],
    ['organizations', 'University', 'en'],
    ['notes', 'Note', 'en'],
    ['glossary', 'Quota', 'en'],
  ])('%s: titled in the UI language where the entry has it, below its index', (collection, text, lang) => {
    const { props } = route(collection, 'en');
    expect(props.title).toEqual({ text, lang });
    const collectionName = props.collection;
    expect(props.crumbs).toEqual([
      { label: useTranslations('en')(REGISTRY.navKey(collectionName)), path: indexPath(collectionName) },
    ]);
    expect(route(collection, undefined).props.crumbs[0]?.label).toBe(
      useTranslations('ru')(REGISTRY.navKey(collectionName)),
    );
  });

  test('each collection’s description, JSON-LD and captured work; organisations keep the defaults', () => {
    const head = (p: EntityPage) => [
      p.collection,
      p.description === null ? null : typeof p.description,
      p.jsonLd?.['@type'],
      p.capture?.itemType,
    ];
    expect(routes.filter((r) => r.params.lang === 'kk').map((r) => head(r.props))).toEqual([
      ['norms', 'string', 'Legislation', 'statute'],
      ['statistics', 'string', 'Dataset', 'dataset'],
      // A source's page is the work: no page description to be imported as its abstract.
      ['sources', null, undefined, expect.any(String)],
      ['organizations', 'undefined', undefined, undefined],
      ['notes', 'string', undefined, undefined],
      ['glossary', 'string', undefined, undefined],
    ]);
    expect(route('norms', 'kk').props.jsonLd?.['url']).toBe(
      'https://example.org/kk/norms/demo-constitution/',
    );
  });

  test('cites the entry’s own record where it has one, else its page', () => {
    expect(route('norms', 'en').props.cite).toEqual({ collection: 'norms', id: 'demo-constitution' });
    expect(route('notes', 'en').props.cite).toEqual({
      collection: 'page',
      path: 'notes/demo-note/',
      title: 'Note',
    });
  });

  test('params are the folder of the collection’s pages and the id', () => {
    expect(entityPageParams(REGISTRY, 'glossary', 'quota')).toEqual({ collection: 'glossary', id: 'quota' });
    expect(() => entityPageParams(REGISTRY, 'comparisons', 'permit')).toThrow('"comparisons" has no pages');
  });
});
