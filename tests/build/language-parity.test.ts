import { describe, expect, test } from 'vitest';
import { builtPages } from '../../e2e/lib/built-pages';
import { builtPage, DIST } from '../support/built-site';
import { unmarkedText, type PageLang } from '../support/unmarked-language';

/**
 * Every Kazakh and English page is in its reader's language: any text in another language on it
 * (a quotation of the article's Russian, a title left untranslated) carries a `lang` that says
 * so. Fails listing, per page, what is unmarked.
 */
describe.each(['kk', 'en'] as PageLang[])('%s pages mark every text in another language', (lang) => {
  test('no unmarked text', () => {
    const pages = builtPages(DIST).filter((path) => path.startsWith(`${lang}/`));
    expect(pages.length).toBeGreaterThan(100);
    const unmarked = pages.flatMap((path) =>
      unmarkedText(builtPage(path), lang).map((found) => `${path}: [${found.looksLike}] ${found.text}`),
    );
    expect(unmarked).toEqual([]);
  });
});
