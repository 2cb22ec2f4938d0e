import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { figuresChart, timeKey, valueScale } from '../../../src/lib/visuals/figures-chart';
import { loadContent } from '../../support/load-content';

let fixtures: Collections;
let article: Graph;
beforeAll(async () => {
  fixtures = await loadContent('tests/fixtures/content');
  article = buildGraph(await loadContent('content'));
});

describe('valueScale', () => {
  test('per cent runs from 0 to 100 in quarters', () => {
    expect(valueScale([86.1, 85.9], 'percent')).toEqual({
      max: 100,
      ticks: [
        { value: 0, at: 0, align: 'start' },
        { value: 25, at: 25, align: 'middle' },
        { value: 50, at: 50, align: 'middle' },
        { value: 75, at: 75, align: 'middle' },
        { value: 100, at: 100, align: 'end' },
      ],
    });
  });

  test('counts run to the first round number at or above the largest value', () => {
    expect(valueScale([17425], 'persons').ticks.map((t) => t.value)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(valueScale([14417], 'persons').max).toBe(15000);
    expect(valueScale([3], 'persons').max).toBe(3);
    expect(valueScale([0], 'persons').max).toBe(1);
  });
});

test('timeKey sorts a year before the days of that year', () => {
  const keys = [
    timeKey({ kind: 'date', date: '2023-04-01' }),
    timeKey({ kind: 'year', year: 2023 }),
    timeKey({ kind: 'year', year: 2022 }),
  ].sort();
  expect(keys).toEqual(['2022', '2023', '2023-04-01']);
});

describe('figuresChart on the fixtures', () => {
  test('one panel per measure, the value as printed, the bar on the panel’s own scale', () => {
    const panels = figuresChart(buildGraph(fixtures), 'en');
    expect(panels).toHaveLength(1);
    expect(panels[0]).toMatchObject({
      measure: 'arrivals',
      anchor: 'figures-arrivals-persons',
      unit: 'persons',
      counts: { text: 'persons who arrived in 2022', lang: 'en' },
      scale: { max: 20000 },
    });
    expect(panels[0]!.groups).toEqual([
      {
        points: [
          expect.objectContaining({
            id: 'demo-arrivals',
            printed: '17 425',
            at: { kind: 'year', year: 2022 },
            length: 87.13,
            path: 'statistics/demo-arrivals/',
            placePath: 'articles/demo-2024/introduction/#introduction-p2',
          }),
        ],
      },
    ]);
  });

  test('two values for the same measure, time and place are grouped and flagged, with the note on both', () => {
    const copy = structuredClone(fixtures);
    const twin = structuredClone(copy.statistics[0]!);
    twin.id = 'demo-arrivals-twin';
    twin.data.value = 17400;
    twin.data.printedValue = '17 400';
    copy.statistics.push(twin);
    copy.notes[0]!.data.about.statistics = [
      { collection: 'statistics', id: 'demo-arrivals' },
      { collection: 'statistics', id: 'demo-arrivals-twin' },
    ];
    const [panel] = figuresChart(buildGraph(copy), 'ru');
    expect(panel!.groups).toHaveLength(1);
    expect(panel!.groups[0]!.points.map((p) => p.id)).toEqual(['demo-arrivals', 'demo-arrivals-twin']);
    expect(panel!.groups[0]!.conflict).toEqual({
      notes: [{ id: 'demo-note', title: { text: 'Примечание', lang: 'ru' }, path: 'notes/demo-note/' }],
    });
  });

  test('figures of different measures never share a panel or a scale', () => {
    const copy = structuredClone(fixtures);
    const other = structuredClone(copy.statistics[0]!);
    other.id = 'demo-permits';
    other.data.measure = 'work-permits';
    other.data.value = 150;
    copy.statistics.push(other);
    const panels = figuresChart(buildGraph(copy), 'ru');
    expect(panels.map((p) => [p.measure, p.scale.max])).toEqual([
      ['arrivals', 20000],
      ['work-permits', 150],
    ]);
    expect(panels.every((p) => p.groups.every((g) => g.conflict === undefined))).toBe(true);
  });
});

describe('figuresChart on the article', () => {
  test('four measures, in order of time and of reading', () => {
    const panels = figuresChart(article, 'ru', 'moldakhmetova-2025');
    expect(panels.map((p) => p.measure)).toEqual([
      'arrivals',
      'share-of-arrivals-from-cis',
      'registered-labour-migrants',
      'foreign-citizens-with-work-permits',
    ]);
    expect(panels.map((p) => p.unit)).toEqual(['persons', 'percent', 'persons', 'persons']);
    expect(panels[0]!.groups[0]!.points[0]!.printed).toBe('около 17 425');
  });

  test('the CIS share stated twice is one conflicting group, linked to its note', () => {
    const share = figuresChart(article, 'en').find((p) => p.measure === 'share-of-arrivals-from-cis')!;
    expect(share.groups).toHaveLength(1);
    const [group] = share.groups;
    expect(group!.points.map((p) => p.printed)).toEqual(['86,1 %', '85,9%']);
    expect(group!.conflict?.notes.map((n) => n.path)).toEqual(['notes/cis-share-stated-twice/']);
    expect(share.scale.max).toBe(100);
  });

  test('no other figure is flagged', () => {
    const flagged = figuresChart(article, 'ru')
      .flatMap((p) => p.groups)
      .filter((g) => g.conflict)
      .flatMap((g) => g.points.map((p) => p.id));
    expect(flagged.sort()).toEqual(['arrivals-2022-cis-share-85-9', 'arrivals-2022-cis-share-86-1']);
  });
});
