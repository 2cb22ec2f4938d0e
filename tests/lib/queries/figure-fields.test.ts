import { beforeAll, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { figureFieldOrigins } from '../../../src/lib/queries/figure-fields';
import { loadContent } from '../../support/load-content';

let statistics: Collections['statistics'];
beforeAll(async () => {
  statistics = (await loadContent('content')).statistics;
});
const figure = (id: string) => structuredClone(statistics.find((s) => s.id === id)!);

test('the printed value and the source are the article’s; the value, what is counted and the territory the editors’', () => {
  expect(figureFieldOrigins(figure('arrivals-2022-cis-share-85-9'))).toEqual({
    value: 'editorial',
    printed: 'article',
    counts: 'editorial',
    at: 'article',
    geography: 'editorial',
    source: 'article',
  });
});

test('the time is the article’s where its sentence names that year or day, the editors’ where not', () => {
  const day = figure('registered-labour-migrants-2023-04-01');
  expect(figureFieldOrigins(day).at).toBe('article');
  day.data.at = { kind: 'date', date: '2023-04-02' };
  expect(figureFieldOrigins(day).at).toBe('editorial');
  const year = figure('arrivals-2022');
  year.data.at = { kind: 'year', year: 2021 };
  expect(figureFieldOrigins(year).at).toBe('editorial');
});
