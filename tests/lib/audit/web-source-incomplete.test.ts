import { describe, expect, test } from 'vitest';
import { webSourceIncomplete as rule } from '../../../src/lib/audit/rules/web-source-incomplete';
import { check, entities, normOf, sourceOf } from './helpers';
import { say } from '../../support/say';

describe('web-source-incomplete', () => {
  test('a report with an address and no access date (the fixture as it is)', async () => {
    const findings = await check(rule);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'web-source-incomplete', severity: 'warning' });
    expect(entities(findings)).toEqual([['sources:demo-report']]);
    expect(say(findings[0], 'en')).toContain('no access date');
  });

  test('with the access date it passes', async () => {
    expect(await check(rule, (c) => (sourceOf(c).data.accessed = '2025-06-12'))).toEqual([]);
  });

  test('an address printed but not encoded still needs the date', async () => {
    const findings = await check(rule, (c) => (sourceOf(c).data.url = null));
    expect(say(findings[0], 'en')).toContain('no access date');
  });

  test('no address at all needs no date', async () => {
    const findings = await check(rule, (c) => {
      const source = sourceOf(c);
      source.data.url = null;
      for (const entry of source.data.citedAs) entry.printed = 'Доклад о миграции. – 2022.';
    });
    expect(findings).toEqual([]);
  });

  test('«URL:» with nothing after it, whatever the kind, with the citing paragraphs', async () => {
    const findings = await check(rule, (c) => {
      const source = sourceOf(c);
      source.data = {
        ...source.data,
        kind: 'legal-act',
        norm: { collection: 'norms', id: normOf(c).id },
        url: null,
      };
      source.data.citedAs[0]!.printed = 'Конституция. [Электрон. ресурс]. – URL:';
    });
    expect(findings).toHaveLength(1);
    expect(say(findings[0], 'en')).toContain(
      'footnote 1: «URL:» is followed by no address (and the source has no url)',
    );
    expect(findings[0]?.paragraphs.map((p) => p.paragraph)).toEqual([1, 2]);
  });

  test('a legal act with an address needs no access date', async () => {
    const findings = await check(rule, (c) => {
      const source = sourceOf(c);
      source.data = { ...source.data, kind: 'legal-act', norm: { collection: 'norms', id: normOf(c).id } };
    });
    expect(findings).toEqual([]);
  });
});
