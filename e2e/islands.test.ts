import { describe, expect, test } from 'vitest';
import { entityPath } from '../src/lib/routes';
import { useBuiltSite } from './lib/site';

const site = useBuiltSite();
const SECTION = entityPath('sections', 'moldakhmetova-2025/results-and-discussion');

describe('citation previews', () => {
  test('focusing a footnote marker by keyboard shows the footnote; Escape hides it', async () => {
    const page = await site.open();
    await page.goto(SECTION);
    const marker = page.page.locator('#results-and-discussion-p8 a.footnote-ref').first();
    await marker.focus();
    const tooltip = page.page.locator('#citation-preview');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain('Миграция населения Республики Казахстан (2022г.)');
    expect(await marker.getAttribute('aria-describedby')).toBe('citation-preview');
    await page.page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  });

  test('a mention of a norm previews its title and status; a figure its value and date', async () => {
    const page = await site.open();
    await page.goto(SECTION);
    const tooltip = page.page.locator('#citation-preview');
    await page.page.locator('#results-and-discussion-p6 a.mention-norms').first().focus();
    await expect
      .poll(() => tooltip.innerText())
      .toMatch(
        /^Конституция РК, 30 августа 1995 г\. — заменена с 1 июля 2026 г\. \(по данным: сообщение СМИ\); статус проверен по состоянию на 1 ноября 2026 г\.$/,
      );
    await page.page.locator('#results-and-discussion-p8 a.mention-statistics').nth(2).hover();
    await expect.poll(() => tooltip.innerText()).toMatch(/^15 129: .* \(1 мая 2023 г\.\)$/);
  });

  test('a mention the editors read as a norm previews as their reading; the same norm named elsewhere does not', async () => {
    const page = await site.open();
    await page.goto(SECTION);
    const tooltip = page.page.locator('#citation-preview');
    await page.page.locator('#results-and-discussion-p6 a[href$="/norms/kz-law-migration-2011/"]').focus();
    await expect
      .poll(() => tooltip.innerText())
      .toMatch(
        /\(прочтение редакции: «Закон «О миграции населения»» без даты — Закон от 22 июля 2011 года № 477-IV\)$/,
      );
    await page.page.locator('#results-and-discussion-p4 a[href$="/norms/kz-law-migration-2011/"]').focus();
    await expect.poll(() => tooltip.innerText()).not.toContain('прочтение редакции');
  });

  test('in the English UI the preview is in English where the data has English', async () => {
    const page = await site.open();
    await page.goto(`en/${SECTION}`);
    await page.page.locator('#results-and-discussion-p6 a.mention-norms').first().focus();
    await expect
      .poll(() => page.page.locator('#citation-preview').innerText())
      .toMatch(
        / — replaced since July 1, 2026 \(source: media report\); status as checked on November 1, 2026$/,
      );
  });
});

describe('copy citation of a paragraph', () => {
  test('copies the paragraph in GOST until the reader picks another style, then in that one', async () => {
    const page = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(SECTION);
    const button = page.page.locator('#results-and-discussion-p8 button.copy-cite');
    await button.click();
    const copied = await page.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Молдахметова Ж\. Е\. Влияние миграционной политики .* – разд\. «Результаты и обсуждение», п\. 8\. – URL: /,
    );
    expect(copied).toMatch(
      /\/articles\/moldakhmetova-2025\/results-and-discussion\/#results-and-discussion-p8$/,
    );
    // The copy is seen, not only announced.
    await expect.poll(() => button.getAttribute('class')).toContain('is-copied');

    await page.page.selectOption('#cite-style-choice', 'oscola');
    await button.click();
    expect(await page.page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^ЖЕ Молдахметова, «Влияние .*» \[2025 г\.\] .* п 8 <http:\/\/[^>]+#results-and-discussion-p8>\.$/,
    );
  });

  test('without JavaScript there is no button, and the paragraph number is the permalink', async () => {
    const page = await site.open({ javaScriptEnabled: false });
    await page.goto(SECTION);
    expect(await page.page.locator('button.copy-cite').count()).toBe(0);
    const number = page.page.locator('#results-and-discussion-p8 a.para-num');
    expect(await number.getAttribute('href')).toBe('#results-and-discussion-p8');
  });
});
