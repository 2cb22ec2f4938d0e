import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { ContentError } from '../../../src/lib/integrity';
import { changed, fixtures, printed, withReading } from './fixtures';

function problemsOf(collections: Collections): string[] {
  try {
    buildGraph(collections);
  } catch (error) {
    if (error instanceof ContentError) return printed(error.problems);
    throw error;
  }
  return [];
}

describe('buildGraph on good fixtures', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await fixtures());
  });

  test('lists footnotes and references by number', () => {
    expect(graph.footnotes('demo-2024').map((f) => [f.number, f.source.id])).toEqual([[1, 'demo-report']]);
    expect(graph.references('demo-2024')[0]?.printedTransliterated).toBe('Doklad o migracii. – 2022.');
  });

  test('records where each entity is cited, once per paragraph', () => {
    const sites = graph.citedIn('sources', 'demo-report');
    expect(sites.map((s) => [s.paragraph, s.form, s.number])).toEqual([
      [1, 'footnote', 1],
      [2, 'footnote', 1],
    ]);
    expect(graph.citedIn('norms', 'demo-constitution').map((s) => s.paragraph)).toEqual([1]);
    expect(graph.citedIn('statistics', 'demo-arrivals')[0]?.text).toBe(
      'В 2022 году прибыло 17 425 лиц¹ [1].',
    );
  });

  test('knows what each section cites', () => {
    const cited = graph.citedBySection('demo-2024/introduction');
    expect(cited.footnotes.map((f) => f.number)).toEqual([1]);
    expect(cited.references.map((r) => r.number)).toEqual([1]);
  });

  test('indexes notes by entity', () => {
    expect(graph.notesAbout('norms', 'demo-constitution').map((n) => n.id)).toEqual(['demo-note']);
  });
});

describe('editorial readings', () => {
  test('a read passage is cited in, marked with its note; a named one is not marked', async () => {
    const graph = buildGraph(await withReading());
    expect(
      graph.citedIn('norms', 'demo-constitution').map((s) => [s.paragraph, s.form, s.reading?.id]),
    ).toEqual([
      [1, 'mention', undefined],
      [2, 'mention', 'demo-note'],
    ]);
  });

  test('related entries count the paragraphs shared only by a reading', async () => {
    const graph = buildGraph(await withReading());
    expect(graph.related('norms', 'demo-constitution')).toContainEqual({
      collection: 'statistics',
      id: 'demo-arrivals',
      shared: 1,
      readings: 1,
    });
    expect(graph.related('statistics', 'demo-arrivals')).toContainEqual({
      collection: 'norms',
      id: 'demo-constitution',
      shared: 1,
      readings: 1,
    });
  });
});

describe('buildGraph rejects inconsistent content', () => {
  test('with one ContentError that lists the problems of every check, naming file and field', async () => {
    const problems = problemsOf(
      await changed((c) => {
        c.statistics[0]!.data.article = { collection: 'articles', id: 'no-such-article' };
        c.sources[0]!.data.citedAs = c.sources[0]!.data.citedAs.filter((e) => e.list !== 'footnotes');
        c.glossary[0]!.data.forms = ['нигде-не-встречается'];
        c.sources[0]!.data = {
          ...c.sources[0]!.data,
          kind: 'legal-act',
          norm: { collection: 'norms', id: 'demo-constitution' },
          urlPointsToOtherAct: { collection: 'notes', id: 'demo-note' },
        };
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'tests/fixtures/content/statistics/demo-arrivals.yaml → article: unknown articles id "no-such-article"',
        'tests/fixtures/content/sections/demo-2024/introduction.md → body (paragraph 1): cites footnote 1, which no source prints for demo-2024',
        'tests/fixtures/content/glossary/quota.yaml → forms[0]: «нигде-не-встречается» occurs nowhere in the article',
        'tests/fixtures/content/sources/demo-report.yaml → urlPointsToOtherAct: note "demo-note" is a context, not a slip',
      ]),
    );
  });
});

describe('glossary terms', () => {
  test('are found in the paragraphs by their word forms, case-insensitively', async () => {
    const graph = buildGraph(await fixtures());
    expect(graph.citedIn('glossary', 'quota').map((s) => s.paragraph)).toEqual([1]);
  });
});

describe('related entities', () => {
  test('are those cited in the same paragraphs, most shared first', async () => {
    const graph = buildGraph(await fixtures());
    expect(graph.related('statistics', 'demo-arrivals')).toEqual([
      { collection: 'sources', id: 'demo-report', shared: 1, readings: 0 },
    ]);
    expect(graph.related('sources', 'demo-report').map((r) => `${r.collection}:${r.id}:${r.shared}`)).toEqual(
      ['glossary:quota:1', 'norms:demo-constitution:1', 'statistics:demo-arrivals:1'],
    );
  });
});

describe('the source of a figure', () => {
  test('is the footnote or reference it cites', async () => {
    const graph = buildGraph(await fixtures());
    expect(graph.sourceOfStatistic('demo-arrivals')?.source.id).toBe('demo-report');
  });
  test('is none where the article gives none', async () => {
    const graph = buildGraph(
      await changed((c) => {
        c.statistics[0]!.data.source = { given: 'none' };
      }),
    );
    expect(graph.sourceOfStatistic('demo-arrivals')).toBeUndefined();
  });
});
