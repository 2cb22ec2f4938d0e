import { describe, expect, test } from 'vitest';
import { builtPage, visibleText } from '../support/built-site';

const text = (path: string) => visibleText(builtPage(path));

// A phrase the site builds from data is one key per language, so each language orders its words
// and punctuation itself; these are phrases whose Kazakh order differs from the Russian one.
describe('phrases built from data are said in the language of the page', () => {
  test("a section's description names the article first in Kazakh, after «Раздел статьи» in Russian", () => {
    // The section's name is given in the page's language («Қорытынды»), the article's title as printed.
    const description = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(description(builtPage('kk/articles/moldakhmetova-2025/conclusion/'))).toMatch(
      /^Қорытынды\. «Қазақстан Республикасының көші-қон саясаты: [^»]+» мақаласының бөлімі \(Ж\.Е\. Молдахметова, 2025\)\.$/,
    );
    expect(description(builtPage('articles/moldakhmetova-2025/conclusion/'))).toMatch(
      /^Заключение\. Раздел статьи: Влияние миграционной политики [^(]+ \(Молдахметова Ж\.Е\., 2025\)\.$/,
    );
  });

  test('a footnote is «4-ескертпе» in Kazakh, «сноска 4» in Russian', () => {
    expect(text('kk/sources/act-kz-law-migration-2011/')).toMatch(/, абз\. \d+ \(\d+-ескертпе\)/);
    expect(text('sources/act-kz-law-migration-2011/')).toMatch(/, абз\. \d+ \(сноска \d+\)/);
  });

  test("the overview's link to a note comes before „…ескертпесін қараңыз“ in Kazakh", () => {
    const kk = text('kk/overview/');
    expect(kk).toMatch(/— „2022 жылы келгендер [^“]+“ редакциялық ескертпесін қараңыз/);
    expect(kk).toMatch(/Деректер кестесі: Актілер хронологиясы/);
    expect(kk).toMatch(/кепілдендірілген \(ЕАЭО: \d+; басқалар: \d+\)/);
    expect(text('overview/')).toMatch(/— см\. примечание „Доля граждан СНГ [^“]+“/);
  });

  test("counts of shared paragraphs follow each language's plural rules", () => {
    expect(text('norms/kz-law-migration-2011/')).toMatch(/\(норма, 2 общих абзаца; прочтение редакции: 2\)/);
    expect(text('norms/kz-law-migration-1997/')).toMatch(/\(термин, 1 общий абзац\)/);
    expect(text('kk/norms/kz-law-migration-2011/')).toMatch(
      /\(норма, 2 ортақ абзац; редакцияның түсіндірмесі: 2\)/,
    );
    expect(text('en/norms/kz-law-migration-1997/')).toMatch(/\(term, 1 shared paragraph\)/);
  });

  test('a norm page, its print document and the index say their phrases in Kazakh', () => {
    const page = text('kk/norms/kz-law-migration-2011/');
    expect(page).toContain('(аталуы; редакцияның түсіндірмесі: негіздеме)');
    expect(page).toContain('Неге қатысты:');
    expect(text('kk/norms/')).toMatch(/— Заң, 2011 жыл, қолданыста/);
    expect(text('kk/statistics/arrivals-2022/print/')).toMatch(
      /«17 425» — .+; күні немесе кезеңі: 2022; мақала бойынша дереккөз: Ескертпе 6 \(Миграция населения/,
    );
  });
});
