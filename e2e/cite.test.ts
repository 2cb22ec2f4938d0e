import { describe, expect, test } from 'vitest';
import { entityPath } from '../src/lib/routes';
import { useBuiltSite } from './lib/site';

const site = useBuiltSite();
const LAW = entityPath('norms', 'kz-law-migration-2011');
const LAW_GOST =
  'О миграции населения : закон Республики Казахстан от 22.07.2011 № 477-IV [Электронный ресурс]. – URL: https://adilet.zan.kz/rus/docs/Z1100000477';

describe('Cite this', () => {
  test('the GOST copy button copies the GOST citation shown', async () => {
    const page = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(LAW);
    const box = page.page.locator('.cite-this');
    expect((await box.locator('.cite-text[data-cite-style="gost"]').innerText()).trim()).toBe(LAW_GOST);
    const button = box.locator('button.cite-copy').first();
    await button.click();
    expect(await page.page.evaluate(() => navigator.clipboard.readText())).toBe(LAW_GOST);
    await expect.poll(() => button.innerText()).toBe('Скопировано');
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

  test('without JavaScript the citations are text and there is no copy button', async () => {
    const page = await site.open({ javaScriptEnabled: false });
    await page.goto(`en/${LAW}`);
    expect(await page.page.locator('.cite-this .cite-text').count()).toBe(2);
    expect(await page.page.locator('.cite-this button').count()).toBe(0);
  });
});
