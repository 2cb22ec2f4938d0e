import { describe, expect, test } from 'vitest';
import { numberIndex } from '../../../src/lib/graph/numbering';
import { findUnprintedStatisticSources, statisticSources } from '../../../src/lib/graph/statistics';
import { changed, fixtures, printed } from './fixtures';

describe('statisticSources', () => {
  test('gives each figure the footnote or reference it cites', async () => {
    const c = await fixtures();
    const sources = statisticSources(c.statistics, numberIndex(c.sources));
    expect(sources.get('demo-arrivals')?.source.id).toBe('demo-report');
  });

  test('gives none where the article gives none', async () => {
    const c = await changed((c) => {
      c.statistics[0]!.data.source = { given: 'none' };
    });
    expect(statisticSources(c.statistics, numberIndex(c.sources)).has('demo-arrivals')).toBe(false);
  });
});

describe('findUnprintedStatisticSources', () => {
  test('finds none in the fixtures, nor for a figure whose source the article does not give', async () => {
    for (const c of [
      await fixtures(),
      await changed((c) => {
        c.statistics[0]!.data.source = { given: 'none' };
      }),
    ]) {
      const sources = statisticSources(c.statistics, numberIndex(c.sources));
      expect(findUnprintedStatisticSources(c.statistics, sources)).toEqual([]);
    }
  });

  test('names a figure citing a number no source prints', async () => {
    const c = await changed((c) => {
      c.statistics[0]!.data.source = { given: 'reference', number: 7 };
    });
    const sources = statisticSources(c.statistics, numberIndex(c.sources));
    expect(printed(findUnprintedStatisticSources(c.statistics, sources))).toEqual([
      'tests/fixtures/content/statistics/demo-arrivals.yaml → source.number: reference 7 is not printed by any source of demo-2024',
    ]);
  });
});
