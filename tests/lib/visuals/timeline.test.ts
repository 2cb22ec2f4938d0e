import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { decimalYear, timeAxis, timelineLayout } from '../../../src/lib/visuals/timeline';
import { loadContent } from '../../support/load-content';

let fixtures: Collections;
let content: Collections;
beforeAll(async () => {
  [fixtures, content] = await Promise.all([loadContent('tests/fixtures/content'), loadContent('content')]);
});

describe('decimalYear', () => {
  test('turns an ISO day into a fractional year', () => {
    expect(decimalYear('2011-01-01')).toBe(2011);
    expect(decimalYear('2011-07-22')).toBeCloseTo(2011 + 202 / 365, 6);
    expect(decimalYear('2020-12-31')).toBeCloseTo(2020 + 365 / 366, 6);
  });
});

describe('timeAxis', () => {
  test('one linear stretch, rounded out to lustra, when nothing is early', () => {
    const axis = timeAxis([1995.6, 2022.9]);
    expect(axis.breaks).toEqual([]);
    expect(axis.segments.map((s) => [s.from, s.to, s.start, s.end])).toEqual([[1990, 2025, 2, 98]]);
    expect(axis.at(1990)).toBe(2);
    expect(axis.at(2025)).toBe(98);
    expect(axis.segments[0]!.ticks.map((t) => t.year)).toEqual([
      1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025,
    ]);
  });

  test('early years get a short stretch of their own, after a break', () => {
    const axis = timeAxis([1949.5, 1975.5, 1990.9, 2026.5]);
    expect(axis.segments.map((s) => [s.from, s.to])).toEqual([
      [1940, 1980],
      [1990, 2030],
    ]);
    const [early, main] = axis.segments as [(typeof axis.segments)[0], (typeof axis.segments)[0]];
    expect(early.end).toBeLessThan(axis.breaks[0]!);
    expect(axis.breaks[0]!).toBeLessThan(main.start);
    // The early stretch is squeezed: a year there is much narrower than a year after the break.
    expect((early.end - early.start) / 40).toBeLessThan((main.end - main.start) / 40 / 2);
  });

  test('positions grow with time across the break', () => {
    const axis = timeAxis([1949, 1975, 1995, 2026]);
    const years = [1949, 1960, 1975, 1990, 2000, 2026];
    const at = years.map((y) => axis.at(y));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(new Set(at).size).toBe(at.length);
  });

  test('every other tick is major; the tick before a break is minor', () => {
    const axis = timeAxis([1949, 1975, 1995, 2026]);
    const [early, main] = axis.segments;
    expect(early!.ticks.at(-1)).toMatchObject({ year: 1980, major: false });
    expect(main!.ticks.filter((t) => t.major).map((t) => t.year)).toEqual([1990, 2000, 2010, 2020, 2030]);
  });
});

describe('timelineLayout on the fixtures', () => {
  test('a dated norm becomes a row with its status shape and its page', () => {
    const { rows, undated } = timelineLayout(fixtures.norms, 'en');
    expect(undated).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'demo-constitution',
      label: { text: 'Constitution', lang: 'en' },
      adopted: '1995-08-30',
      year: 1995,
      status: 'in-force',
      shape: 'disc',
      path: 'norms/demo-constitution/',
    });
    expect(rows[0]!.until).toBeUndefined();
  });

  test('a norm with no confirmed date is listed apart, never placed', () => {
    const norms = structuredClone(fixtures.norms);
    const undatedNorm = structuredClone(norms[0]!);
    undatedNorm.id = 'demo-undated';
    undatedNorm.data.official.adopted = null;
    undatedNorm.data.official.status = { state: 'unconfirmed', checked: '2026-11-01' };
    undatedNorm.data.identifiedAs = [
      { ...undatedNorm.data.namedAs[0]!, note: { collection: 'notes', id: 'demo-note' } },
    ];
    const { rows, undated } = timelineLayout([...norms, undatedNorm], 'ru');
    expect(rows.map((r) => r.id)).toEqual(['demo-constitution']);
    expect(undated).toMatchObject([{ id: 'demo-undated', shape: 'ring', path: 'norms/demo-undated/' }]);
    // Named places first, then the editors' readings with their notes.
    expect(undated[0]!.places.map((p) => ('note' in p ? p.note.id : p.text))).toEqual([
      'Конституции',
      'demo-note',
    ]);
  });

  test('a repealed norm with a date shows how long it held', () => {
    const norms = structuredClone(fixtures.norms);
    norms[0]!.data.official.status = {
      state: 'repealed',
      since: '2011-05-23',
      checked: '2026-11-01',
      grade: 'official',
    };
    const [row] = timelineLayout(norms, 'ru').rows;
    expect(row).toMatchObject({ status: 'repealed', shape: 'cross', since: '2011-05-23' });
    expect(row!.until).toBeGreaterThan(row!.at);
  });
});

describe('timelineLayout on the article', () => {
  test('every norm is either a row, in date order, or listed as undated', () => {
    const { rows, undated } = timelineLayout(content.norms, 'ru');
    expect(rows.length + undated.length).toBe(content.norms.length);
    expect(rows.map((r) => r.adopted)).toEqual(rows.map((r) => r.adopted).sort());
    expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort((a, b) => a - b));
    // The Strategy's date (14 Dec 2012) is now confirmed, so every instrument of the article is dated.
    expect(undated.map((n) => n.id)).toEqual([]);
  });

  test('the 2007–2015 Concept held until its repeal in 2011; the 1995 Constitution until 2026', () => {
    const { rows, axis } = timelineLayout(content.norms, 'ru');
    const concept = rows.find((r) => r.id === 'kz-concept-migration-2007-2015')!;
    expect(concept).toMatchObject({ status: 'repealed', shape: 'cross', since: '2011-05-23' });
    expect(concept.until).toBe(axis.at(decimalYear('2011-05-23')));
    const constitution = rows.find((r) => r.id === 'kz-constitution-1995')!;
    expect(constitution).toMatchObject({ status: 'replaced', shape: 'diamond' });
    expect(axis.segments.at(-1)!.to).toBe(2030);
  });

  test('the ILO conventions of 1949 and 1975 sit before the break', () => {
    const { rows, axis } = timelineLayout(content.norms, 'ru');
    const early = rows.filter((r) => r.at < axis.breaks[0]!).map((r) => r.id);
    expect(early).toEqual(['ilo-c097', 'ilo-c143']);
  });
});
