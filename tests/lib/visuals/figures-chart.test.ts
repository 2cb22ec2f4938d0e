import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { figuresChart, valueScale, type FigurePanel } from '../../../src/lib/visuals/figures-chart';
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

/** Every bar of the panels of one unit, with its value and its length along the shared axis. */
const barsOf = (panels: FigurePanel[], unit: FigurePanel['unit']) =>
  panels
    .filter((p) => p.unit === unit)
    .flatMap((p) => p.groups.flatMap((g) => g.points))
    .map(({ value, length }) => ({ value, length }));

/** Whether a longer bar always means a larger value. */
const orderedAsValues = (bars: { value: number; length: number }[]) =>
  bars.every((a) => bars.every((b) => a.value <= b.value === a.length <= b.length));

describe('figuresChart on the fixtures', () => {
  test('one panel per measure, the value as printed, the bar on the axis of its unit', () => {
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

  test('figures of different measures have panels of their own, on one axis per unit', () => {
    const copy = structuredClone(fixtures);
    const permits = structuredClone(copy.statistics[0]!);
    permits.id = 'demo-permits';
    permits.data.measure = 'work-permits';
    permits.data.value = 150;
    const share = structuredClone(copy.statistics[0]!);
    share.id = 'demo-share';
    share.data.measure = 'share-from-cis';
    share.data.unit = 'percent';
    share.data.value = 86.1;
    copy.statistics.push(permits, share);
    const panels = figuresChart(buildGraph(copy), 'ru');
    expect(panels.map((p) => [p.measure, p.unit, p.scale.max])).toEqual([
      ['arrivals', 'persons', 20000],
      ['work-permits', 'persons', 20000],
      ['share-from-cis', 'percent', 100],
    ]);
    expect(panels[1]!.scale).toBe(panels[0]!.scale);
    expect(barsOf(panels, 'persons')).toEqual([
      { value: 17425, length: 87.13 },
      { value: 150, length: 0.75 },
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

  test('every count of people is on one axis, 0–20 000, so a longer bar is a larger number', () => {
    const panels = figuresChart(article, 'ru', 'moldakhmetova-2025');
    const persons = panels.filter((p) => p.unit === 'persons');
    expect(persons.map((p) => p.scale.max)).toEqual([20000, 20000, 20000]);
    const bars = barsOf(panels, 'persons');
    expect(bars.map((b) => b.value)).toEqual([17425, 14417, 15129]);
    expect(orderedAsValues(bars)).toBe(true);
    expect(bars[2]!.length).toBeGreaterThan(bars[1]!.length);
    expect(orderedAsValues(barsOf(panels, 'percent'))).toBe(true);
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
