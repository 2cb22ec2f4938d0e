import { describe, expect, test } from 'vitest';
import { repealedPresentedInForce as rule } from '../../../src/lib/audit/rules/repealed-presented-in-force';
import { check, entities, normOf, otherNorm, sourceOf } from './helpers';
import { say } from '../../support/say';

describe('repealed-presented-in-force', () => {
  test('a norm in force passes', async () => {
    expect(await check(rule)).toEqual([]);
  });

  test('a replaced norm the body mentions is reported with its state and date', async () => {
    const findings = await check(rule, (c) => {
      normOf(c).data.official.status = {
        state: 'replaced',
        since: '2026-07-01',
        checked: '2026-11-01',
        grade: 'official',
      };
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'repealed-presented-in-force', severity: 'warning' });
    expect(entities(findings)).toEqual([['norms:demo-constitution']]);
    expect(say(findings[0], 'ru')).toContain('заменена с 1 июля 2026');
    expect(say(findings[0], 'en')).toContain('was replaced as of July 1, 2026');
    expect(findings[0]?.paragraphs).toEqual([{ section: 'demo-2024/introduction', paragraph: 1 }]);
  });

  test('a repealed norm names the repealing act', async () => {
    const findings = await check(rule, (c) => {
      const repealer = otherNorm(c, 'demo-repealer');
      repealer.data.shortTitle = { ru: 'Указ № 88', kk: '№ 88 Жарлық', en: 'Decree No. 88' };
      c.norms.push(repealer);
      normOf(c).data.official.status = {
        state: 'repealed',
        by: { collection: 'norms', id: 'demo-repealer' },
        checked: '2026-11-01',
        grade: 'official',
      };
    });
    expect(entities(findings)).toEqual([['norms:demo-constitution', 'norms:demo-repealer']]);
    expect(say(findings[0], 'en')).toContain('was repealed (Decree No. 88)');
  });

  test('a repealed norm the body never cites passes', async () => {
    expect(
      await check(rule, (c) => {
        const old = otherNorm(c, 'demo-old');
        old.data.official.status = {
          state: 'repealed',
          since: '2011-05-23',
          checked: '2026-11-01',
          grade: 'official',
        };
        c.norms.push(old);
      }),
    ).toEqual([]);
  });

  test('a repealed norm whose footnote says it lost force is not presented as current', async () => {
    expect(
      await check(rule, (c) => {
        normOf(c).data.official.status = {
          state: 'repealed',
          since: '2011-05-23',
          checked: '2026-11-01',
          grade: 'official',
        };
        const source = sourceOf(c);
        source.data = { ...source.data, kind: 'legal-act', norm: { collection: 'norms', id: normOf(c).id } };
        source.data.citedAs[0]!.printed = 'Указ № 399. Утратил силу Указом от 23 мая 2011 года № 88.';
      }),
    ).toEqual([]);
  });
});
