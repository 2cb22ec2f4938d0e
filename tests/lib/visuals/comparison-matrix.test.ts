import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { ContentError } from '../../../src/lib/integrity';
import {
  comparisonMatrix,
  comparisonRowLink,
  GROUPS,
  POSITION_SHAPES,
} from '../../../src/lib/visuals/comparison-matrix';
import { loadContent } from '../../support/load-content';

let fixtures: Graph;
let article: Graph;
beforeAll(async () => {
  fixtures = buildGraph(await loadContent('tests/fixtures/content'));
  article = buildGraph(await loadContent('content'));
});

describe('comparisonMatrix on the fixtures', () => {
  test('a row per comparison, each cell with its position, summary and linked quotes', () => {
    const { rows, tally } = comparisonMatrix(fixtures, 'en');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      id: 'permit',
      anchor: 'comparison-permit',
      aspect: { text: 'Right to work', lang: 'en' },
      norms: [
        {
          id: 'demo-constitution',
          label: { text: 'Constitution', lang: 'en' },
          path: 'norms/demo-constitution/',
        },
      ],
    });
    expect(row!.cells.eaeu).toEqual({
      position: 'guaranteed',
      shape: 'disc',
      summary: { text: 'Guaranteed', lang: 'en' },
      support: [
        {
          text: 'каждый имеет право на труд',
          path: 'articles/demo-2024/introduction/#introduction-p1',
          place: 'Introduction, para. 1',
        },
      ],
    });
    expect(tally.eaeu.guaranteed).toBe(1);
    expect(tally.others['not-addressed']).toBe(0);
  });

  test('a summary is shown in the UI language', () => {
    const { rows } = comparisonMatrix(fixtures, 'kk');
    expect(rows[0]!.cells.others.summary).toEqual({ text: 'Кепілдендірілген', lang: 'kk' });
  });

  test('rows of another article are left out when one is asked for', () => {
    expect(comparisonMatrix(fixtures, 'ru', 'no-such-article').rows).toEqual([]);
  });
});

describe('comparisonMatrix on the article', () => {
  test('rows come in their order, each cell citing at least one paragraph', () => {
    const { rows } = comparisonMatrix(article, 'ru', 'moldakhmetova-2025');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const orders = rows.map((r) => article.entry('comparisons', r.id).data.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const row of rows)
      for (const group of GROUPS) {
        const cell = row.cells[group];
        expect(cell.shape).toBe(POSITION_SHAPES[cell.position]);
        expect(cell.support.length, `${row.id}.${group}`).toBeGreaterThan(0);
        for (const support of cell.support)
          expect(support.path).toMatch(/^articles\/moldakhmetova-2025\/[a-z-]+\/#[a-z-]+-p\d+$/);
      }
  });

  test('the article’s central contrast: EAEU citizens work without permits, others need them', () => {
    const { rows } = comparisonMatrix(article, 'en');
    const permit = rows.find((r) => r.id === 'work-permit')!;
    expect(permit.cells.eaeu.position).toBe('guaranteed');
    expect(permit.cells.others.position).toBe('restricted');
    expect(permit.cells.eaeu.support[0]!.place).toContain('7');
  });

  test('the tally counts every cell once', () => {
    const { rows, tally } = comparisonMatrix(article, 'ru');
    for (const group of GROUPS)
      expect(Object.values(tally[group]).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });
});

describe('editorial notes on a row', () => {
  /** The fixtures with their one note about `about` (a comparison row reference). */
  const withNoteOn = async (id: string) => {
    const content: Collections = await loadContent('tests/fixtures/content');
    content.notes[0]!.data.about.comparisons = [{ collection: 'comparisons', id }];
    return content;
  };

  test('a note about a row is listed on the row, linked to the note', async () => {
    const { rows } = comparisonMatrix(buildGraph(await withNoteOn('permit')), 'en');
    expect(rows[0]!.notes).toEqual([
      { id: 'demo-note', title: { text: 'Note', lang: 'en' }, path: 'notes/demo-note/' },
    ]);
    expect(comparisonMatrix(fixtures, 'en').rows[0]!.notes).toEqual([]);
  });

  test('a note about an unknown row stops the build', async () => {
    const content = await withNoteOn('no-such-row');
    expect(() => buildGraph(content)).toThrow(ContentError);
  });

  test('the note page links back to the row', () => {
    expect(comparisonRowLink(fixtures, 'permit', 'en')).toEqual({
      label: { text: 'Right to work', lang: 'en' },
      path: 'overview/#comparison-permit',
    });
  });

  test("the article's right-to-work row carries the note on art. 24's wording", () => {
    const row = comparisonMatrix(article, 'en').rows.find((r) => r.id === 'right-to-work');
    expect(row?.notes.map((n) => n.id)).toContain('constitution-art-24-wording');
  });
});
