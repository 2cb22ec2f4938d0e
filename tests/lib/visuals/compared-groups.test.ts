import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { comparedGroups } from '../../../src/lib/visuals/compared-groups';
import { loadContent } from '../../support/load-content';

let article: Graph;
let fixtures: Graph;
beforeAll(async () => {
  article = buildGraph(await loadContent('content'));
  fixtures = buildGraph(await loadContent('tests/fixtures/content'));
});

describe('comparedGroups', () => {
  test('the EAEU members the article lists, then Uzbekistan and Tajikistan among the others', () => {
    const groups = comparedGroups(article, 'en');
    expect(groups.map((g) => g.group)).toEqual(['eaeu', 'others']);
    expect(groups[0]!.states.text).toBe('Russia, Kyrgyzstan, Belarus, Armenia');
    expect(groups[1]!.states.text).toBe('Uzbekistan, Tajikistan');
  });

  test("each group's states stand in the article's words it cites, linked to their paragraphs", () => {
    const [eaeu, others] = comparedGroups(article, 'ru');
    expect(eaeu!.support[0]).toMatchObject({
      path: 'articles/moldakhmetova-2025/results-and-discussion/#results-and-discussion-p7',
    });
    expect(eaeu!.support[0]!.text).toContain('Россия, Кыргызстан, Беларусь, Армения');
    expect(others!.support.map((s) => s.text).join(' ')).toMatch(/Узбекистана.*Таджикистана/);
  });

  test('the states in the UI language, Russian as the article spells them', () => {
    expect(comparedGroups(article, 'kk')[1]!.states).toEqual({ text: 'Өзбекстан, Тәжікстан', lang: 'kk' });
    expect(comparedGroups(article, 'ru')[0]!.states.text).toMatch(/^Россия, Кыргызстан/);
  });

  test('none where no article names the groups', () => {
    expect(comparedGroups(fixtures, 'en')).toEqual([]);
  });
});
