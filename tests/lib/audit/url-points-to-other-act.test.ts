import { describe, expect, test } from 'vitest';
import { urlPointsToOtherAct as rule } from '../../../src/lib/audit/rules/url-points-to-other-act';
import type { Collections } from '../../../src/lib/content';
import { check, entities, normOf, otherNorm, sourceOf } from './helpers';
import { say } from '../../support/say';

const ADILET = 'https://adilet.zan.kz/rus/docs/';

/** The fixture's source made a legal act of the fixture's norm (code K950001000_), at `url`. */
const actAt =
  (url: string, printedUrl = url) =>
  (c: Collections) => {
    const norm = normOf(c);
    norm.data.official.adiletCode = 'K950001000_';
    const source = sourceOf(c);
    source.data = { ...source.data, kind: 'legal-act', norm: { collection: 'norms', id: norm.id }, url };
    for (const entry of source.data.citedAs) entry.printed = `Конституция. – URL: ${printedUrl}`;
  };

describe('url-points-to-other-act', () => {
  test('a link to the act itself passes', async () => {
    expect(await check(rule)).toEqual([]);
    expect(await check(rule, actAt(`${ADILET}K950001000_`))).toEqual([]);
    expect(await check(rule, actAt('https://constitutionrk.kz/'))).toEqual([]);
  });

  test('a code missing its underscore counts as different', async () => {
    const findings = await check(rule, actAt(`${ADILET}K950001000`));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'url-points-to-other-act', severity: 'error' });
    expect(entities(findings)).toEqual([['sources:demo-report', 'norms:demo-constitution']]);
    expect(say(findings[0], 'en')).toContain('differs only by the trailing underscore');
    // Printed as footnote 1 and reference 1: both places named, the citing paragraphs given.
    expect(say(findings[0], 'en')).toContain('the url field, footnote 1, reference 1');
    expect(findings[0]?.paragraphs).toEqual([
      { section: 'demo-2024/introduction', paragraph: 1 },
      { section: 'demo-2024/introduction', paragraph: 2 },
    ]);
  });

  test("a link to another act's code names that act", async () => {
    const findings = await check(rule, (c) => {
      const law = otherNorm(c, 'demo-law');
      law.data.official.adiletCode = 'Z1100000477';
      law.data.shortTitle = { ru: 'Закон о миграции', kk: 'Көші-қон туралы заң', en: 'Migration Law' };
      c.norms.push(law);
      actAt(`${ADILET}Z1100000477`)(c);
    });
    expect(entities(findings)).toEqual([
      ['sources:demo-report', 'norms:demo-constitution', 'norms:demo-law'],
    ]);
    expect(say(findings[0], 'en')).toContain('that is the code of another act: Migration Law');
  });

  test('a wrong code only in the printed footnote is found too', async () => {
    const findings = await check(rule, actAt(`${ADILET}K950001000_`, `${ADILET}X0000000001`));
    expect(say(findings[0], 'en')).toContain('(footnote 1, reference 1) leads to document X0000000001');
  });

  test("a norm's own official url is checked against its code", async () => {
    const findings = await check(rule, (c) => {
      normOf(c).data.official.adiletCode = 'K950001000_';
      normOf(c).data.official.url = `${ADILET}K950001000`;
    });
    expect(entities(findings)).toEqual([['norms:demo-constitution']]);
  });

  test('a norm without an Adilet code is not checked', async () => {
    expect(
      await check(rule, (c) => {
        actAt(`${ADILET}K950001000`)(c);
        delete normOf(c).data.official.adiletCode;
      }),
    ).toEqual([]);
  });
});
