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

/**
 * The languages a walk from a Russian page switches to, in turn, so that it makes every switch
 * from one language to another (or to itself) exactly once.
 */
const EVERY_SWITCH: UiLang[] = ['ru', 'en', 'en', 'kk', 'kk', 'ru', 'kk', 'en', 'ru'];

const expected = (lang: UiLang) => ({
  html: lang,
  switcher: lang,
  header: useTranslations(lang)('nav.articles'),
});

/** Each switch a walk makes, as `from → to`. */
function switchesOf(walk: UiLang[]): string[] {
  return walk.map((to, i) => `${walk[i - 1] ?? 'ru'} → ${to}`);
}

describe('the language switcher keeps the page', () => {
  test('the walk makes every switch between the UI languages once', () => {
    const every = UI_LANGS.flatMap((from) => UI_LANGS.map((to) => `${from} → ${to}`));
    expect(switchesOf(EVERY_SWITCH).sort()).toEqual(every.sort());
  });

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
    await page.goto(path);
    const switches = switchesOf(EVERY_SWITCH);
    for (const [i, to] of EVERY_SWITCH.entries()) {
      expect(await switchTo(page, to), switches[i]).toBe(`${prefix(to)}${path}`);
      expect(await page.lang(), switches[i]).toBe(to);
    }
  });
});
