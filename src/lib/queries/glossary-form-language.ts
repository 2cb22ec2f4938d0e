import type { Entry } from '../content';

type FrontLang = 'ru' | 'kk' | 'en';

/** Whether a word form occurs, case-insensitively, in one language's front matter of any article. */
function inFrontMatter(articles: Entry<'articles'>[], form: string, lang: FrontLang): boolean {
  const needle = form.toLocaleLowerCase();
  return articles.some(({ data }) =>
    [data.title[lang], data.abstract[lang], ...data.keywords[lang]].some((text) =>
      text.toLocaleLowerCase().includes(needle),
    ),
  );
}

/**
 * The language of a glossary word form: the body is Russian, so a form found only in the Kazakh or
 * English front matter is in that language, and every other form is Russian.
 */
export function glossaryFormLanguage(articles: Entry<'articles'>[], form: string): FrontLang {
  return (
    (['kk', 'en'] as const).find(
      (lang) => inFrontMatter(articles, form, lang) && !inFrontMatter(articles, form, 'ru'),
    ) ?? 'ru'
  );
}
