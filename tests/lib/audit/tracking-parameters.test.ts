import { describe, expect, test } from 'vitest';
import { trackingParametersRule as rule } from '../../../src/lib/audit/rules/tracking-parameters';
import { check, entities, normOf, sourceOf } from './helpers';
import { say } from '../../support/say';

describe('tracking-parameters', () => {
  test('clean addresses pass', async () => {
    expect(await check(rule)).toEqual([]);
  });

  test("utm_* in a source's url and printed forms: one finding naming each place", async () => {
    const findings = await check(rule, (c) => {
      const source = sourceOf(c);
      source.data.url = 'https://example.org/report?utm_source=chatgpt.com&id=1';
      source.data.citedAs[0]!.printed = `Доклад. – URL: ${source.data.url}`;
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tracking-parameters', severity: 'info' });
    expect(entities(findings)).toEqual([['sources:demo-report']]);
    expect(say(findings[0], 'en')).toContain('the url field (utm_source); footnote 1 (utm_source)');
  });

  test('click ids in the transliterated list', async () => {
    const findings = await check(rule, (c) => {
      const entry = sourceOf(c).data.citedAs[1]!;
      if (entry.list === 'references')
        entry.printedTransliterated += ' URL: https://example.org/r?fbclid=abc';
    });
    expect(say(findings[0], 'en')).toContain('reference 1, References (fbclid)');
  });

  test("a norm's official url", async () => {
    const findings = await check(rule, (c) => (normOf(c).data.official.url = 'https://egov.kz/?gclid=1'));
    expect(entities(findings)).toEqual([['norms:demo-constitution']]);
  });

  test('view-state parameters (ref 2: pos in the query and the fragment)', async () => {
    const findings = await check(
      rule,
      (c) =>
        (sourceOf(c).data.url = 'https://online.zakon.kz/Document/?doc_id=34851068&pos=24;-53#pos=24;-53'),
    );
    expect(entities(findings)).toEqual([['sources:demo-report']]);
    expect(say(findings[0], 'en')).toContain('the url field (pos, #pos)');
    expect(say(findings[0], 'en')).toContain('tracking or view-state parameters');
  });

  test('parameters that only look alike pass', async () => {
    expect(
      await check(
        rule,
        (c) => (sourceOf(c).data.url = 'https://example.org/?utmost=1&doc_id=2#utm_source=x'),
      ),
    ).toEqual([]);
  });
});
