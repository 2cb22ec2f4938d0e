import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { runningHeaderKey, runningHeaders, runningHeaderStyles } from '../../../src/lib/print/running-header';
import { loadContent } from '../../support/load-content';

let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('tests/fixtures/content'));
});

describe('the running header of printed pages', () => {
  test('is the section on section pages, the article on its other pages, else the collection or the site', () => {
    expect(runningHeaderKey(graph, 'articles/demo-2024/introduction/')).toBe(
      'section:demo-2024/introduction',
    );
    expect(runningHeaderKey(graph, 'articles/demo-2024/introduction/print/')).toBe(
      'section:demo-2024/introduction',
    );
    expect(runningHeaderKey(graph, 'articles/demo-2024/full-text/')).toBe('article:demo-2024');
    expect(runningHeaderKey(graph, 'norms/demo-constitution/print/')).toBe('collection:norms');
    expect(runningHeaderKey(graph, 'overview/')).toBe('site');
    expect(runningHeaderKey(graph, '')).toBe('site');
  });

  test('has a text for every key in every language, naming the article and the section', () => {
    const texts = new Map(runningHeaders(graph, 'en').map((h) => [h.key, h.text]));
    const article = graph.entry('articles', 'demo-2024').data.shortTitle.en;
    expect(texts.get('section:demo-2024/introduction')).toBe(`${article} — Introduction`);
    expect(texts.get('article:demo-2024')).toBe(article);
  });

  test('becomes one named page per key and language, the text a quoted CSS string', () => {
    const css = runningHeaderStyles(graph);
    const rule =
      /html\[lang="kk"\] body\[data-running-header="section:demo-2024\/introduction"\] \{ page: (rh-kk-\d+); \}/;
    const page = rule.exec(css)?.[1];
    expect(page).toBeDefined();
    expect(css).toMatch(new RegExp(`@page ${page} \\{ @top-left \\{ content: "[^"]+ — [^"]+"; \\} \\}`));
    const pages = [...css.matchAll(/@page (rh-[a-z]+-\d+)/g)].map((m) => m[1]);
    expect(new Set(pages).size).toBe(pages.length);
  });
});
