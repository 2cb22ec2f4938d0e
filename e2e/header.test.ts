import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { useBuiltSite } from './lib/site';

const site = useBuiltSite();
const t = useTranslations('ru');

/** One page of each type the header stands on. */
const PAGES = [
  '',
  'articles/moldakhmetova-2025/results-and-discussion/',
  'norms/kz-constitution-1995/',
  'search/',
];
const PHONE = { width: 390, height: 844 };

describe('the header', () => {
  test('on a phone it is one bar, at most 15% of the first screen, with search one tap away', async () => {
    for (const path of PAGES) {
      const page = await site.open({ viewport: PHONE });
      await page.goto(path);
      const header = await page.page.locator('header.site').boundingBox();
      expect(header?.height, path).toBeLessThanOrEqual(PHONE.height * 0.15);
      const search = page.page.locator('header.site .site-bar-link');
      expect(await search.isVisible(), path).toBe(true);
      expect(await search.getAttribute('href'), path).toMatch(/search\/$/u);
      expect(await page.page.locator('header.site nav:not(.languages)').isVisible(), path).toBe(false);
    }
  });

  test('on a phone the menu opens the navigation, search and languages, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await site.open({ viewport: PHONE, javaScriptEnabled });
      await page.goto('norms/kz-constitution-1995/');
      await page.page.locator('.site-menu summary').click();
      for (const part of ['header.site nav:not(.languages)', '#site-search-input', 'nav.languages'])
        expect(await page.page.locator(part).isVisible(), part).toBe(true);
    }
  });

  test('on a wide screen the links show at once; the current part of the site and language are marked', async () => {
    const page = await site.open({ viewport: { width: 1366, height: 900 } });
    await page.goto('norms/kz-constitution-1995/');
    expect(await page.page.locator('.site-menu').isVisible()).toBe(false);
    const current = page.page.locator('header.site nav:not(.languages) a[aria-current]');
    expect(await current.innerText()).toBe(t('nav.norms'));
    expect(await current.getAttribute('aria-current')).toBe('true');
    expect(await page.page.locator('nav.languages a[aria-current="page"]').getAttribute('hreflang')).toBe(
      'ru',
    );
    await page.goto('norms/');
    expect(
      await page.page.locator('header.site nav:not(.languages) a[aria-current="page"]').innerText(),
    ).toBe(t('nav.norms'));
  });
});
