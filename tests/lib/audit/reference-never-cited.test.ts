import { describe, expect, test } from 'vitest';
import { referenceNeverCited as rule } from '../../../src/lib/audit/rules/reference-never-cited';
import type { Collections } from '../../../src/lib/content';
import type { ArticleReferencesData } from '../../../src/lib/markdown/remark-article-references';
import { check, entities, sourceOf } from './helpers';
import { say } from '../../support/say';

/** Removes citations from the rendered section, as if its markers had not been printed. */
const dropCitations =
  (drop: (target: ArticleReferencesData['citations'][number]['target']) => boolean) => (c: Collections) => {
    const data = c.sections[0]!.rendered?.metadata?.['frontmatter'] as ArticleReferencesData;
    data.citations = data.citations.filter((citation) => !drop(citation.target));
  };

describe('reference-never-cited', () => {
  test('every footnote and reference cited: nothing to report', async () => {
    expect(await check(rule)).toEqual([]);
  });

  test('a reference no bracket citation names', async () => {
    const findings = await check(
      rule,
      dropCitations((t) => t.type === 'reference'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'reference-never-cited', severity: 'warning' });
    expect(entities(findings)).toEqual([['sources:demo-report', 'articles:demo-2024']]);
    expect(say(findings[0], 'en')).toBe(
      "Reference 1 («Доклад о миграции») is never cited in the article's body.",
    );
  });

  test('a footnote whose marker stands nowhere', async () => {
    const findings = await check(
      rule,
      dropCitations((t) => t.type === 'footnote'),
    );
    expect(findings.map((f) => say(f, 'ru'))).toEqual([
      'Сноска 1 («Доклад о миграции») ни разу не цитируется в тексте статьи.',
    ]);
  });

  test('an added footnote nobody cites', async () => {
    const findings = await check(rule, (c) => {
      sourceOf(c).data.citedAs.push({
        list: 'footnotes',
        article: { collection: 'articles', id: 'demo-2024' },
        number: 2,
        printed: 'Ещё одна сноска.',
      });
    });
    expect(findings.map((f) => say(f, 'en'))).toEqual([
      "Footnote 2 («Доклад о миграции») is never cited in the article's body.",
    ]);
  });
});
