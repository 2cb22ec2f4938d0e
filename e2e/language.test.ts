import { describe, expect, test } from 'vitest';
import { UI_LANGS, useTranslations, type UiLang } from '../src/i18n';
import { useBuiltSite, type SitePage } from './lib/site';

const site = useBuiltSite();

/** A language's path prefix: Russian is at the root. */
const prefix = (lang: UiLang): string => (lang === 'ru' ? '' : `${lang}/`);

/** Clicks the language switcher's link to `lang`; returns the path it lands on. */
function switchTo(page: SitePage, lang: UiLang): Promise<string> {
  return page.follow(page.page.locator(`nav.languages a[hreflang="${lang}"]`));
}

/** The page's language as the reader meets it: `<html lang>`, the switcher, the header's labels. */
async function languageOf(page: SitePage) {
  return {
    html: await page.lang(),
    switcher: await page.page.locator('nav.languages a[aria-current="page"]').getAttribute('hreflang'),
    header: await page.page.locator('header nav:not(.languages) a').first().innerText(),
  };
}

const expected = (lang: UiLang) => ({
  html: lang,
  switcher: lang,
  header: useTranslations(lang)('nav.articles'),
});

describe('the language switcher keeps the page', () => {
  test('a norm: Russian → English → Kazakh → Russian', async () => {
    const page = await site.open();
    await page.goto('norms/kz-constitution-1995/');
    expect(await languageOf(page)).toEqual(expected('ru'));

    expect(await switchTo(page, 'en')).toBe('en/norms/kz-constitution-1995/');
    expect(await languageOf(page)).toEqual(expected('en'));

    expect(await switchTo(page, 'kk')).toBe('kk/norms/kz-constitution-1995/');
    expect(await languageOf(page)).toEqual(expected('kk'));

    expect(await switchTo(page, 'ru')).toBe('norms/kz-constitution-1995/');
    expect(await languageOf(page)).toEqual(expected('ru'));
  });

  test.each([
    ['the home page', ''],
    ['an index', 'sources/'],
    ['the article', 'articles/moldakhmetova-2025/'],
    ['a section', 'articles/moldakhmetova-2025/introduction/'],
  ])('%s, from every language to every language', async (_name, path) => {
    const page = await site.open();
    for (const from of UI_LANGS) {
      for (const to of UI_LANGS) {
        await page.goto(`${prefix(from)}${path}`);
        expect(await switchTo(page, to), `${from} → ${to}`).toBe(`${prefix(to)}${path}`);
        expect(await page.lang(), `${from} → ${to}`).toBe(to);
      }
    }
  });
});
