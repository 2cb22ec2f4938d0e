import { describe, expect, test } from 'vitest';
import { sameQuantityDifferentValues as rule } from '../../../src/lib/audit/rules/same-quantity-different-values';
import type { Collections } from '../../../src/lib/content';
import { check, entities, twin } from './helpers';
import { say } from '../../support/say';

/** Adds a second figure like the fixture's, changed by `edit`. */
const withSecond = (edit: (data: Collections['statistics'][number]['data']) => void) => (c: Collections) => {
  const second = twin(c.statistics[0]!, 'demo-arrivals-again');
  edit(second.data);
  c.statistics.push(second);
};

describe('same-quantity-different-values', () => {
  test('one figure: nothing to compare', async () => {
    expect(await check(rule)).toEqual([]);
  });

  test('the same measure, place and year with another value is reported once, with both figures', async () => {
    const findings = await check(
      rule,
      withSecond((data) => {
        data.value = 17500;
        data.printedValue = '17 500';
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'same-quantity-different-values', severity: 'error' });
    expect(entities(findings)).toEqual([['statistics:demo-arrivals', 'statistics:demo-arrivals-again']]);
    expect(findings[0]?.paragraphs).toEqual([{ section: 'demo-2024/introduction', paragraph: 2 }]);
    expect(say(findings[0], 'ru')).toContain('«17 425», «17 500»');
  });

  test('the quantity is named by what it counts and where, in each language, not by its key', async () => {
    const findings = await check(rule, (c) => {
      const first = c.statistics[0]!;
      first.data.measure = 'arrivals-of-the-year';
      first.data.at = { kind: 'date', date: '2022-12-31' };
      withSecond((data) => {
        data.value = 1;
        data.printedValue = '1';
      })(c);
    });
    expect(say(findings[0], 'ru')).toBe(
      'Для одной и той же величины (Казахстан, 31 декабря 2022 г.) даны разные значения: «17 425», «1». Величина: лица, прибывшие в 2022 году.',
    );
    expect(say(findings[0], 'kk')).toContain(
      '(Қазақстан, 2022 жылғы 31 желтоқсан) әртүрлі мәндер берілген: «17 425», «1». Шама: 2022 жылы келген адамдар.',
    );
    expect(say(findings[0], 'en')).toContain(
      '(Kazakhstan, December 31, 2022) is given with different values: «17 425», «1». The quantity: persons who arrived in 2022.',
    );
    for (const lang of ['ru', 'kk', 'en'] as const)
      expect(say(findings[0], lang)).not.toContain('arrivals-of-the-year');
  });

  test('the same value stated twice is consistent', async () => {
    expect(
      await check(
        rule,
        withSecond(() => {}),
      ),
    ).toEqual([]);
  });

  test('another year, another day, another territory or another measure is another quantity', async () => {
    const edits = [
      (d: Collections['statistics'][number]['data']) => (d.at = { kind: 'year', year: 2023 }),
      (d: Collections['statistics'][number]['data']) => (d.at = { kind: 'date', date: '2022-01-01' }),
      (d: Collections['statistics'][number]['data']) => (d.geography = 'KG'),
      (d: Collections['statistics'][number]['data']) => (d.measure = 'departures'),
    ];
    for (const edit of edits) {
      expect(
        await check(
          rule,
          withSecond((data) => {
            edit(data);
            data.value = 1;
          }),
        ),
      ).toEqual([]);
    }
  });
});
