import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { figureConflict, timeKey } from '../../../src/lib/queries/figure-conflicts';
import { loadContent } from '../../support/load-content';
import { changed } from '../graph/fixtures';

test('timeKey sorts a year before the days of that year', () => {
  const keys = [
    timeKey({ kind: 'date', date: '2023-04-01' }),
    timeKey({ kind: 'year', year: 2023 }),
    timeKey({ kind: 'year', year: 2022 }),
  ].sort();
  expect(keys).toEqual(['2022', '2023', '2023-04-01']);
});

describe('figureConflict', () => {
  let article: Graph;
  beforeAll(async () => {
    article = buildGraph(await loadContent('content'));
  });
  const conflictOf = (graph: Graph, id: string) => {
    const conflict = figureConflict(graph, graph.entry('statistics', id));
    return conflict && { figures: conflict.figures.map((f) => f.id), notes: conflict.notes.map((n) => n.id) };
  };

  test('the CIS share stated twice: both figures in reading order, and the note about both, from either', () => {
    const expected = {
      figures: ['arrivals-2022-cis-share-86-1', 'arrivals-2022-cis-share-85-9'],
      notes: ['cis-share-stated-twice'],
    };
    expect(conflictOf(article, 'arrivals-2022-cis-share-85-9')).toEqual(expected);
    expect(conflictOf(article, 'arrivals-2022-cis-share-86-1')).toEqual(expected);
  });

  test('a figure stated once has none', () => {
    expect(conflictOf(article, 'arrivals-2022')).toBeUndefined();
    expect(conflictOf(article, 'work-permit-holders-2023-05-01')).toBeUndefined();
  });

  type Twin = Collections['statistics'][number];
  /** The fixtures with a second statement of the arrivals, changed by `edit`. */
  const withTwin = async (edit: (twin: Twin, c: Collections) => void) =>
    buildGraph(
      await changed((c) => {
        const twin = structuredClone(c.statistics[0]!);
        twin.id = 'demo-arrivals-twin';
        twin.data.value = 17400;
        edit(twin, c);
        c.statistics.push(twin);
      }),
    );

  test('two values of one quantity conflict; the notes are only those about both', async () => {
    const graph = await withTwin(() => {});
    expect(conflictOf(graph, 'demo-arrivals')).toEqual({
      figures: ['demo-arrivals', 'demo-arrivals-twin'],
      notes: [],
    });
  });

  test('the same value twice, another time, territory, unit or article is no conflict', async () => {
    const edits: ((twin: Twin, c: Collections) => void)[] = [
      (twin) => (twin.data.value = 17425),
      (twin) => (twin.data.at = { kind: 'year', year: 2023 }),
      (twin) => (twin.data.geography = 'KG'),
      (twin) => (twin.data.unit = 'percent'),
      (twin, c) => {
        const other = structuredClone(c.articles[0]!);
        other.id = 'other-2025';
        c.articles.push(other);
        twin.data.article = { collection: 'articles', id: other.id };
        twin.data.source = { given: 'none' };
      },
    ];
    for (const edit of edits) {
      expect(conflictOf(await withTwin(edit), 'demo-arrivals')).toBeUndefined();
    }
  });
});
