import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../src/lib/content';
import { buildGraph, type Graph } from '../../src/lib/graph';
import { ContentError } from '../../src/lib/integrity';
import { loadContent } from '../support/load-content';

let fixtures: Collections;
beforeAll(async () => {
  fixtures = await loadContent('tests/fixtures/content');
});

/** A deep copy of the fixtures with one change applied. */
function changed(edit: (c: Collections) => void): Collections {
  const copy = structuredClone(fixtures);
  edit(copy);
  return copy;
}

function problemsOf(collections: Collections): string[] {
  try {
    buildGraph(collections);
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((p) => `${p.file} → ${p.field}: ${p.reason}`);
    throw error;
  }
  return [];
}

describe('buildGraph on good fixtures', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = buildGraph(fixtures);
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
  // The fixture's note is about the norm: read paragraph 2 as the norm, on the note's reasoning.
  const withReading = () =>
    changed((c) => {
      c.norms[0]!.data.identifiedAs = [
        {
          text: 'В 2022 году',
          locator: {
            in: 'body',
            section: { collection: 'sections', id: 'demo-2024/introduction' },
            paragraph: 2,
          },
          note: { collection: 'notes', id: 'demo-note' },
        },
      ];
    });

  test('a read passage is cited in, marked with its note; a named one is not marked', () => {
    const graph = buildGraph(withReading());
    expect(
      graph.citedIn('norms', 'demo-constitution').map((s) => [s.paragraph, s.form, s.reading?.id]),
    ).toEqual([
      [1, 'mention', undefined],
      [2, 'mention', 'demo-note'],
    ]);
  });

  test('related entries count the paragraphs shared only by a reading', () => {
    const graph = buildGraph(withReading());
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

  test('a mention of a norm in a paragraph none of its quotes places it in', () => {
    const collections = withReading();
    collections.norms[0]!.data.namedAs = [];
    expect(problemsOf(collections)).toContain(
      'tests/fixtures/content/sections/demo-2024/introduction.md → body (paragraph 1): mentions norm "demo-constitution", but neither its namedAs nor its identifiedAs quotes this paragraph',
    );
  });
});

describe('buildGraph rejects inconsistent content, naming file and field', () => {
  test('a dangling reference', () => {
    const problems = problemsOf(
      changed((c) => {
        c.statistics[0]!.data.article = { collection: 'articles', id: 'no-such-article' };
      }),
    );
    expect(problems).toContain(
      'tests/fixtures/content/statistics/demo-arrivals.yaml → article: unknown articles id "no-such-article"',
    );
  });

  test('a mention of an unknown entity in the text', () => {
    const problems = problemsOf(
      changed((c) => {
        c.norms = [];
        c.notes = [];
      }),
    );
    expect(problems).toContain(
      'tests/fixtures/content/sections/demo-2024/introduction.md → body (paragraph 1): mentions unknown norms id "demo-constitution"',
    );
  });

  test('a footnote no source prints', () => {
    const problems = problemsOf(
      changed((c) => {
        c.sources[0]!.data.citedAs = c.sources[0]!.data.citedAs.filter((e) => e.list !== 'footnotes');
      }),
    );
    expect(
      problems.some((p) => p.includes('→ body (paragraph 1): cites footnote 1, which no source prints')),
    ).toBe(true);
    expect(problems).toContain(
      'tests/fixtures/content/statistics/demo-arrivals.yaml → source.number: footnote 1 is not printed by any source of demo-2024',
    );
  });

  test('two sources claiming the same footnote number', () => {
    const problems = problemsOf(
      changed((c) => {
        const twin = structuredClone(c.sources[0]!);
        twin.id = 'demo-twin';
        twin.filePath = 'tests/fixtures/content/sources/demo-twin.yaml';
        c.sources.push(twin);
      }),
    );
    expect(problems).toContain(
      'tests/fixtures/content/sources/demo-twin.yaml → citedAs[0]: footnotes 1 of demo-2024 is already printed by source "demo-report"',
    );
  });

  test('a quote that is not verbatim at its locator', () => {
    const problems = problemsOf(
      changed((c) => {
        c.norms[0]!.data.namedAs[0]!.text = 'Конституция';
      }),
    );
    expect(problems).toContain(
      'tests/fixtures/content/norms/demo-constitution.yaml → namedAs[0].text: «Конституция» is not verbatim at its locator',
    );
  });

  test('a locator that points at nothing', () => {
    const problems = problemsOf(
      changed((c) => {
        const note = c.notes[0]!;
        note.data.sources = [
          {
            kind: 'article',
            locator: { in: 'body', section: note.data.about.paragraphs[0]!.section, paragraph: 99 },
          },
        ];
      }),
    );
    expect(
      problems.some((p) =>
        p.startsWith('tests/fixtures/content/notes/demo-note.yaml → sources[0].locator: points at nothing'),
      ),
    ).toBe(true);
  });

  test('a section whose Markdown did not render', () => {
    const problems = problemsOf(
      changed((c) => {
        delete c.sections[0]!.rendered;
      }),
    );
    expect(problems).toContain(
      'tests/fixtures/content/sections/demo-2024/introduction.md → body: the Markdown did not render (see the error logged above)',
    );
  });
});

describe('glossary terms', () => {
  test('are found in the paragraphs by their word forms, case-insensitively', () => {
    const graph = buildGraph(fixtures);
    expect(graph.citedIn('glossary', 'quota').map((s) => s.paragraph)).toEqual([1]);
  });

  test('a form that occurs nowhere is a problem', () => {
    const problems = problemsOf(
      changed((c) => {
        c.glossary[0]!.data.forms = ['нигде-не-встречается'];
      }),
    );
    expect(problems).toContain(
      'tests/fixtures/content/glossary/quota.yaml → forms[0]: «нигде-не-встречается» occurs nowhere in the article',
    );
  });
});

describe('related entities', () => {
  test('are those cited in the same paragraphs, most shared first', () => {
    const graph = buildGraph(fixtures);
    expect(graph.related('statistics', 'demo-arrivals')).toEqual([
      { collection: 'sources', id: 'demo-report', shared: 1, readings: 0 },
    ]);
    expect(graph.related('sources', 'demo-report').map((r) => `${r.collection}:${r.id}:${r.shared}`)).toEqual(
      ['glossary:quota:1', 'norms:demo-constitution:1', 'statistics:demo-arrivals:1'],
    );
  });
});

describe('the source of a figure', () => {
  test('is the footnote or reference it cites', () => {
    const graph = buildGraph(fixtures);
    expect(graph.sourceOfStatistic('demo-arrivals')?.source.id).toBe('demo-report');
  });
  test('is none where the article gives none', () => {
    const graph = buildGraph(
      changed((c) => {
        c.statistics[0]!.data.source = { given: 'none' };
      }),
    );
    expect(graph.sourceOfStatistic('demo-arrivals')).toBeUndefined();
  });
});
