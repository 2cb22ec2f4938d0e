import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { searchFor } from './lib/search-page';
import { BASE, useBuiltSite } from './lib/site';

const site = useBuiltSite();
const t = useTranslations('ru');

describe('search', () => {
  test('the header field leads to results; a result opens at its paragraph with the words marked', async () => {
    const page = await site.open();
    await page.goto('');
    await page.page.keyboard.press('/');
    expect(await page.page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.page.keyboard.type('оралманов');
    await page.page.keyboard.press('Enter');
    await page.page.waitForURL(/\/search\/\?q=/);
    await page.page.locator('#search-results[data-query="оралманов"]').waitFor({ state: 'attached' });
    const result = page.page.locator('#search-results a[href*="results-and-discussion/"]').first();
    expect(await result.getAttribute('href')).toMatch(/\?highlight=.*#results-and-discussion-p1$/);
    await result.click();
    await page.page.waitForURL(/#results-and-discussion-p1$/);
    expect(await page.page.locator('#results-and-discussion-p1').evaluate((p) => p.matches(':target'))).toBe(
      true,
    );
    await expect.poll(() => page.page.locator('#results-and-discussion-p1 mark').count()).toBeGreaterThan(0);
  });

  test('the search page fetches nothing of Pagefind until it is used, then shows the filters', async () => {
    const page = await site.open();
    const fetched: string[] = [];
    page.page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(request.url());
    });
    await page.goto('search/');
    await page.page.locator('#search-results[data-query=""]').waitFor({ state: 'attached' });
    await page.page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    expect(await page.page.locator('#search-filters fieldset').count()).toBe(0);
    await page.page.locator('#search-query').press('Tab');
    await page.page.locator('#filter-type-norm').waitFor();
    expect(fetched.some((url) => url.endsWith('pagefind.js'))).toBe(true);
  });

  test('results show their type; a type filter with counts narrows them', async () => {
    const page = await site.open();
    await page.goto('search/');
    const all = await searchFor(page.page, 'Конституция');
    expect(all.results.map((r) => r.type)).toContain(t('entity.kind.norms'));
    const norms = page.page.locator('#filter-type-norm');
    expect(await page.page.locator('label[for="filter-type-norm"]').innerText()).toMatch(/\(\d+\)$/);
    await norms.check();
    await expect
      .poll(() =>
        page.page.$$eval('#search-results .result-type', (s) => [...new Set(s.map((e) => e.textContent))]),
      )
      .toEqual([t('entity.kind.norms')]);
    expect(page.page.url()).toContain('type=norm');
  });

  test('from the English UI, Russian words find Russian text and results stay in English', async () => {
    const page = await site.open();
    await page.goto('en/search/');
    const { results } = await searchFor(page.page, 'квоты');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.href.startsWith(`${BASE}en/`), result.href).toBe(true);
  });

  test('without JavaScript the search page says so and links to the indexes', async () => {
    const page = await site.open({ javaScriptEnabled: false });
    await page.goto('search/?q=квота');
    expect(await page.main.innerText()).toContain(t('search.noJs'));
    expect(await page.main.locator(`a[href="${BASE}norms/"]`).count()).toBe(1);
    expect(await page.page.locator('#search-app').isVisible()).toBe(false);
  });
});
