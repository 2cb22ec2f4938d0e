import { describe, expect, test } from 'vitest';
import { useBuiltSite, type SitePage } from './lib/site';

const site = useBuiltSite();

/** Clicks the language switcher's link to `lang`. */
function switchTo(page: SitePage, lang: string): Promise<string> {
  return page.follow(page.page.locator(`nav.languages a[hreflang="${lang}"]`));
}

/** The language the switcher marks as the current one. */
function current(page: SitePage): Promise<string | null> {
  return page.page.locator('nav.languages a[aria-current="page"]').getAttribute('hreflang');
}

describe('the language switcher keeps the page', () => {
  test('a norm: Russian → English → Kazakh → Russian', async () => {
    const page = await site.open();
    await page.goto('norms/kz-constitution-1995/');
    expect(await page.lang()).toBe('ru');
    expect(await current(page)).toBe('ru');

    expect(await switchTo(page, 'en')).toBe('en/norms/kz-constitution-1995/');
    expect(await page.lang()).toBe('en');
    expect(await current(page)).toBe('en');

    expect(await switchTo(page, 'kk')).toBe('kk/norms/kz-constitution-1995/');
    expect(await page.lang()).toBe('kk');
    expect(await current(page)).toBe('kk');

    expect(await switchTo(page, 'ru')).toBe('norms/kz-constitution-1995/');
    expect(await page.lang()).toBe('ru');
    expect(await current(page)).toBe('ru');
  });

  test.each([
    ['the home page', ''],
    ['an index', 'sources/'],
    ['the article', 'articles/moldakhmetova-2025/'],
    ['a section', 'articles/moldakhmetova-2025/introduction/'],
  ])('%s, in every language', async (_name, path) => {
    const page = await site.open();
    for (const [from, prefix] of [
      ['ru', ''],
      ['kk', 'kk/'],
      ['en', 'en/'],
    ] as const) {
      await page.goto(`${prefix}${path}`);
      for (const [to, target] of [
        ['ru', ''],
        ['kk', 'kk/'],
        ['en', 'en/'],
      ] as const) {
        await page.goto(`${prefix}${path}`);
        expect(await switchTo(page, to), `${from} → ${to}`).toBe(`${target}${path}`);
        expect(await page.lang()).toBe(to);
      }
    }
  });
});
