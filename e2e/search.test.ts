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

  test('the search page fetches nothing of Pagefind until it is used, nor its filters until they are opened', async () => {
    const page = await site.open();
    const fetched: string[] = [];
    page.page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto('search/');
    await page.page.locator('#search-results[data-query=""]').waitFor({ state: 'attached' });
    await page.page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await searchFor(page.page, 'Конституция');
    expect(fetched.some((path) => path.endsWith('pagefind.js'))).toBe(true);
    // Searched on the page's thread: no worker script, and no filter chunk until asked for.
    expect(fetched.filter((path) => /worker|\.pf_filter$/u.test(path))).toEqual([]);
    await page.page.locator('#search-filters-heading').click();
    await page.page.locator('#filter-type-norm').waitFor();
    expect(fetched.some((path) => path.endsWith('.pf_filter'))).toBe(true);
  });

  test('results show their type; a type filter with counts narrows them; no option has a count of 0', async () => {
    const page = await site.open();
    await page.goto('search/');
    const all = await searchFor(page.page, 'Конституция');
    expect(all.results.map((r) => r.type)).toContain(t('entity.kind.norms'));
    await page.page.locator('#search-filters-heading').click();
    const norms = page.page.locator('#filter-type-norm');
    await norms.waitFor();
    const counts = await page.page.$$eval('#search-filters label', (labels) =>
      labels.map((label) => Number(/\((\d+)\)$/u.exec(label.textContent ?? '')?.[1])),
    );
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toBeGreaterThan(0);
    await norms.check();
    await expect
      .poll(() =>
        page.page.$$eval('#search-results .result-type', (s) => [...new Set(s.map((e) => e.textContent))]),
      )
      .toEqual([t('entity.kind.norms')]);
    expect(page.page.url()).toContain('type=norm');
    expect(await page.page.locator('#search-filters-heading').innerText()).toContain(
      `${t('search.filters.chosen')}: 1`,
    );
  });

  test('on a phone the results come first: the filters are one closed control above them', async () => {
    const page = await site.open({ viewport: { width: 390, height: 844 } });
    await page.goto('search/');
    await searchFor(page.page, 'квоты');
    expect(
      await page.page.locator('#search-filters-box').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    const first = await page.page.locator('#search-results li').first().boundingBox();
    // Within the first screen, below the header and the form.
    expect(first?.y).toBeLessThan(844);
  });

  test("from the English and Kazakh UIs, results are titled and summed up in the reader's language", async () => {
    for (const [ui, query, title] of [
      ['en', 'work permit', 'Work permit'],
      ['kk', 'рұқсаттар', 'Жұмысқа рұқсат'],
    ] as const) {
      const page = await site.open();
      await page.goto(`${ui}/search/`);
      await searchFor(page.page, query);
      const first = page.page.locator('#search-results li').first();
      expect(await first.locator('a').innerText()).toBe(title);
      expect(await first.locator('a').getAttribute('lang')).toBeNull();
      expect(await first.locator('.result-type').textContent()).toBe(
        useTranslations(ui)('entity.kind.glossary'),
      );
      // The term's definition in the reader's language, not the Russian page's text.
      expect(await first.locator('p').getAttribute('lang')).toBeNull();
      expect(await first.locator('p').innerText()).not.toMatch(/Разрешение на работу/u);
    }
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
