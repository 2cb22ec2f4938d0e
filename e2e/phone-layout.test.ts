import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { useBuiltSite } from './lib/site';

const site = useBuiltSite();
const t = useTranslations('ru');
const PHONE = { width: 390, height: 844 };

/** The page's layout shifts so far, added up (Chromium's Layout Instability API). */
function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 100);
      }),
  );
}

/** Where each of an element's words' line boxes is drawn: its text nodes' rectangles. */
function textBoxes(element: Locator): Promise<string[]> {
  return element.evaluate((root) => {
    const boxes: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        boxes.push(`${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`);
    }
    return boxes;
  });
}

describe('on a phone (390 px)', () => {
  test('the EAEU-vs-others matrix is one card per right, its label on top, both groups under their names, no sideways scrolling', async () => {
    const page = await site.open({ viewport: PHONE });
    await page.goto('overview/');
    const region = page.page.locator('.table-scroll:has(.matrix)');
    const { scrollWidth, clientWidth } = await region.evaluate((r) => ({
      scrollWidth: r.scrollWidth,
      clientWidth: r.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const row = page.page.locator('.matrix tbody tr').first();
    const [label, eaeu, others] = await Promise.all(
      ['th', 'td:nth-of-type(1)', 'td:nth-of-type(2)'].map((part) => row.locator(part).boundingBox()),
    );
    // Stacked: the label above the EAEU group above the others, each the card's width.
    expect(label!.y).toBeLessThan(eaeu!.y);
    expect(eaeu!.y).toBeLessThan(others!.y);
    expect(Math.abs(eaeu!.width - others!.width)).toBeLessThan(1);
    expect(
      await row
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content),
    ).toBe(`"${t('visuals.matrix.eaeu')}"`);
  });

  test("a caseworker's question, an Uzbek worker against a Kyrgyz one, is answered on the home page and one tap on", async () => {
    const page = await site.open({ viewport: PHONE });
    const en = useTranslations('en');
    await page.goto('en/');
    const groups = page.main.locator('.compared-groups > li');
    await expect.poll(() => groups.count()).toBe(2);
    const [eaeu, others] = [groups.nth(0), groups.nth(1)];
    expect(await eaeu.locator('.compared-states').innerText()).toMatch(/Kyrgyzstan/);
    expect(await others.locator('.compared-states').innerText()).toMatch(/Uzbekistan, Tajikistan/);
    expect(await others.locator('.compared-states').innerText()).toContain(en('visuals.matrix.others'));
    // Each group's states are the article's: its sentences, linked to their paragraphs.
    expect(await eaeu.locator('q').first().innerText()).toContain('Россия, Кыргызстан, Беларусь, Армения');
    // One tap: the matrix, right by right, with the same groups at its head.
    await page.follow(page.main.getByRole('link', { name: en('home.compare') }));
    expect(page.path).toBe('en/overview/#comparison');
    const top = await page.page.locator('#comparison ~ .compared-groups').boundingBox();
    expect(top!.y).toBeGreaterThanOrEqual(0);
    expect(top!.y).toBeLessThan(PHONE.height);
  });

  test("the Results section's copy buttons take room kept for them: the text does not move when they arrive", async () => {
    const page = await site.open({ viewport: PHONE });
    await page.goto('articles/moldakhmetova-2025/results-and-discussion/');
    const first = page.page.locator('.article-text p[id]').first();
    await expect.poll(() => first.locator('.copy-cite').count()).toBe(1);
    expect(await cumulativeLayoutShift(page.page), 'cumulative layout shift').toBe(0);
    // However late the script runs, before the first paint or after it: the words are where they
    // are without the buttons.
    const withButtons = await textBoxes(first);
    await page.page.evaluate(() => document.querySelectorAll('.copy-cite').forEach((b) => b.remove()));
    expect(await textBoxes(first)).toEqual(withButtons);
  });
});
