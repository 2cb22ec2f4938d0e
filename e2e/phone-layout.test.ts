import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { useBuiltSite } from './lib/site';

const site = useBuiltSite();
const t = useTranslations('ru');
const PHONE = { width: 390, height: 844 };

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

  // Nothing moves when they arrive (e2e/layout-shift.test.ts): they sit in room kept for them.
  test("the Results section's copy buttons sit between the paragraph's number and its first word", async () => {
    const page = await site.open({ viewport: PHONE });
    await page.goto('articles/moldakhmetova-2025/results-and-discussion/');
    const paragraph = page.page.locator('.article-text p[id]').first();
    await expect.poll(() => paragraph.locator('.copy-cite').count()).toBe(1);
    const [number, button] = await Promise.all(
      ['.para-num', '.copy-cite'].map((part) => paragraph.locator(part).boundingBox()),
    );
    const firstWord = await paragraph.evaluate((p) => {
      const text = [...p.childNodes].find(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      const range = document.createRange();
      range.selectNodeContents(text ?? p);
      return range.getClientRects()[0]?.left ?? 0;
    });
    expect(button!.x).toBeGreaterThanOrEqual(number!.x + number!.width);
    expect(button!.x + button!.width).toBeLessThanOrEqual(firstWord);
    expect(button!.height).toBeGreaterThanOrEqual(24);
  });
});
