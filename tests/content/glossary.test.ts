import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../src/lib/graph';
import { loadContent } from '../support/load-content';

/**
 * The glossary against the encoded article: every term earns its place by being used in the body,
 * and the terms the article turns on are there.
 */
let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
});

describe('glossary', () => {
  test('every term is used in at least one body paragraph', () => {
    const unused = graph.collections.glossary
      .filter((term) => graph.citedIn('glossary', term.id).length === 0)
      .map((term) => term.id);
    expect(unused).toEqual([]);
  });

  test.each(['eaeu', 'quota', 'work-permit'])('the key term %s exists and is used', (id) => {
    expect(() => graph.entry('glossary', id)).not.toThrow();
    expect(graph.citedIn('glossary', id).length).toBeGreaterThan(0);
  });

  test('the EAEU term is found by its Russian abbreviation in the body', () => {
    const sites = graph.citedIn('glossary', 'eaeu');
    expect(sites.every((site) => /ЕАЭС|Евразийск/i.test(site.text))).toBe(true);
  });
});
