import { describe, expect, test } from 'vitest';
import { entityPath } from '../src/lib/routes';
import { useBuiltSite } from './lib/site';

const site = useBuiltSite();
const LAW = entityPath('norms', 'kz-law-migration-2011');
const LAW_GOST = 'О миграции населения\u202f: закон Республики Казахстан от 22.07.2011 № 477-IV.';

describe('Cite this', () => {
  test('the reader picks a style, copies it and sees that it was copied', async () => {
    const page = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(LAW);
    const box = page.page.locator('.cite-this');
    // GOST first, the other styles out of sight.
    expect(await box.locator('.cite-style:visible').count()).toBe(1);
    const gost = box.locator('.cite-style[data-cite-style="gost"]');
    expect((await gost.locator('.cite-text').innerText()).trim()).toBe(LAW_GOST);
    const button = gost.locator('button.cite-copy');
    await button.click();
    expect(await page.page.evaluate(() => navigator.clipboard.readText())).toBe(LAW_GOST);
    await expect.poll(() => button.innerText()).toBe('Скопировано ✓');
    expect(await box.locator('.cite-status').innerText()).toBe('Ссылка скопирована в буфер обмена.');

    // APA: the in-text citation, then the reference.
    await page.page.selectOption('#cite-style-choice', 'apa');
    const apa = box.locator('.cite-style[data-cite-style="apa"]');
    expect(await apa.isVisible()).toBe(true);
    expect(await gost.isVisible()).toBe(false);
    await apa.locator('button.cite-copy').click();
    const copied = await page.page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toEqual([
      '(О миграции населения\u202f: закон Республики Казахстан от 22.07.2011 № 477-IV, 2011)',
      'О миграции населения\u202f: закон Республики Казахстан от 22.07.2011 № 477-IV (2011). https://adilet.zan.kz/rus/docs/Z1100000477',
    ]);
    // The choice is remembered on the next page.
    await page.goto(entityPath('norms', 'eaeu-treaty-2014'));
    expect(await page.page.locator('#cite-style-choice').inputValue()).toBe('apa');
  });

  test('the English UI gives the title’s English translation in brackets and says whose it is', async () => {
    const page = await site.open();
    await page.goto(`en/${entityPath('norms', 'ilo-c097')}`);
    await page.page.selectOption('#cite-style-choice', 'oscola');
    const oscola = page.page.locator('.cite-style[data-cite-style="oscola"]');
    expect(await oscola.locator('.cite-text').innerText()).toContain(
      'Конвенция МОТ № 97 [ILO Convention No. 97]',
    );
    expect(await oscola.locator('.cite-translation-note').innerText()).toContain(
      'translation by the editors',
    );
  });

  test('the download links of a section resolve to its records', async () => {
    const page = await site.open();
    await page.goto(entityPath('sections', 'moldakhmetova-2025/introduction'));
    const hrefs = await page.page
      .locator('.cite-this a[download]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.map((href) => href.slice(href.lastIndexOf('.')))).toEqual(['.bib', '.ris', '.json']);
    for (const href of hrefs) {
      const response = await page.page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect(await response.text(), href).toContain('Молдахметова');
    }
  });

  test('without JavaScript every style is text and there is no control', async () => {
    const page = await site.open({ javaScriptEnabled: false });
    await page.goto(`en/${LAW}`);
    expect(await page.page.locator('.cite-this .cite-text:visible').count()).toBe(4);
    expect(await page.page.locator('.cite-this :is(button, select):visible').count()).toBe(0);
  });
});
