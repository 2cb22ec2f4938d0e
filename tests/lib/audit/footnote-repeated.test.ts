import { describe, expect, test } from 'vitest';
import { footnoteRepeated as rule } from '../../../src/lib/audit/rules/footnote-repeated';
import type { Collections } from '../../../src/lib/content';
import { check, entities, sourceOf, twin } from './helpers';
import { say } from '../../support/say';

/** A second source printing footnote 2 with `printed` (in `article`). */
const footnote2 =
  (printed: (first: string) => string, article = 'demo-2024') =>
  (c: Collections) => {
    const first = sourceOf(c).data.citedAs[0]!;
    const second = twin(sourceOf(c), 'demo-second');
    second.data.citedAs = [
      {
        list: 'footnotes',
        article: { collection: 'articles', id: article },
        number: 2,
        printed: printed(first.printed),
      },
    ];
    c.sources.push(second);
  };

describe('footnote-repeated', () => {
  test('distinct footnotes pass', async () => {
    expect(await check(rule)).toEqual([]);
    expect(
      await check(
        rule,
        footnote2(() => 'Другой доклад. – 2023.'),
      ),
    ).toEqual([]);
  });

  test('two footnotes with the same text (spacing aside) are reported once, together', async () => {
    const findings = await check(
      rule,
      footnote2((text) => ` ${text.replace(' ', '  ')}`),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'footnote-repeated', severity: 'info' });
    expect(entities(findings)).toEqual([['sources:demo-report', 'sources:demo-second']]);
    expect(say(findings[0], 'en')).toContain('footnote 1, footnote 2');
  });

  test('one source printed as two identical footnotes is listed once', async () => {
    const findings = await check(rule, (c) => {
      const entries = sourceOf(c).data.citedAs;
      entries.push({ ...structuredClone(entries[0]!), number: 5 });
    });
    expect(entities(findings)).toEqual([['sources:demo-report']]);
    expect(say(findings[0], 'ru')).toContain('сноска 1, сноска 5');
  });

  test('the same text in another article is not a repetition', async () => {
    expect(
      await check(rule, (c) => {
        c.articles.push(twin(c.articles[0]!, 'demo-2025'));
        footnote2((text) => text, 'demo-2025')(c);
      }),
    ).toEqual([]);
  });
});
