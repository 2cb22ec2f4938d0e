import { describe, expect, test } from 'vitest';
import ru from '../src/i18n/ru';
import { entityPath, printPath, SELECTION_PRINT_PATH } from '../src/lib/routes';
import { pdfPageWords, pdfRawText, pdfText, printToPdf, squeezed, type PdfPage } from './lib/pdf';
import { useBuiltSite, type SitePage } from './lib/site';

const site = useBuiltSite();
const ARTICLE = 'moldakhmetova-2025';
/** A phone, where a Print button matters most, then a laptop (`npm run test:full` only for the button). */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];
const FULL = process.env['E2E_FULL'] === '1';
const SELECTION = `${SELECTION_PRINT_PATH}?item=sections:${ARTICLE}/introduction&item=norms:eaeu-treaty-2014`;
/** A print document of every kind: the article, a section, an entry of each collection, a selection. */
const PRINT_VIEWS = [
  printPath('articles', ARTICLE),
  printPath('sections', `${ARTICLE}/results-and-discussion`),
  printPath('norms', 'eaeu-treaty-2014'),
  printPath('statistics', 'work-permit-holders-2023-05-01'),
  printPath('sources', 'abaideldinov-muksinova-labour-migration'),
  printPath('organizations', 'eaeu'),
  printPath('glossary', 'cis'),
  printPath('notes', 'cis-share-stated-twice'),
  SELECTION,
];
/** The norm whose field list, kept whole, once left its bordered box empty over page 1. */
const NORM_PAGE = entityPath('norms', 'eaeu-treaty-2014');
const OVERVIEW = 'overview/';

/** Opens a page and waits until a selection, if it is one, has been composed. */
async function openView(page: SitePage, path: string): Promise<void> {
  await page.goto(path);
  if (path === SELECTION) await page.page.locator('[data-composed-meta]:not([hidden])').waitFor();
}

/** The print button's locator. */
const printButton = (page: SitePage) => page.page.getByRole('button', { name: ru['print.button'] });

/**
 * Elements printed as an empty box: drawn with a border or an outline, and no text in them.
 * Decorations hidden from assistive technology (a legend's sample line) are pictures, not boxes.
 */
function emptyBoxes(page: SitePage): Promise<string[]> {
  return page.page.evaluate(() =>
    [...document.body.querySelectorAll<HTMLElement>('*')].flatMap((element) => {
      if (!(element instanceof HTMLElement) || element.closest('[aria-hidden="true"]')) return [];
      if (!element.checkVisibility({ visibilityProperty: true })) return [];
      const style = getComputedStyle(element);
      const sides = ['top', 'right', 'bottom', 'left'] as const;
      const bordered =
        sides.some(
          (side) =>
            style.getPropertyValue(`border-${side}-style`) !== 'none' &&
            parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
        ) ||
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
      return bordered && element.innerText.trim() === '' ? [element.outerHTML.slice(0, 120)] : [];
    }),
  );
}

// A sheet's top and bottom margins (print.css: 20 mm) and the room kept for the permalink (8 mm).
const MM = 72 / 25.4;
const MARGIN = 20 * MM;
const PERMALINK_ROOM = 8 * MM;

/**
 * How much of each page's text area its text fills, from the top to its lowest word (0–1), not
 * counting the running header, the permalink and the page number.
 */
function filled(page: PdfPage): number {
  const bottom = page.height - MARGIN - PERMALINK_ROOM;
  const lowest = Math.max(MARGIN, ...page.wordBottoms.filter((y) => y > MARGIN && y <= bottom));
  return (lowest - MARGIN) / (bottom - MARGIN);
}

// Without JavaScript there is none: e2e/no-js.test.ts, on every page type.
describe('the Print button on print views', () => {
  describe.each(FULL ? VIEWPORTS : VIEWPORTS.slice(0, 1))('at $width px', (viewport) => {
    test.each(PRINT_VIEWS)('%s: with JavaScript it opens the print dialog', async (path) => {
      const page = await site.open({ viewport });
      // The dialog itself would block a headless test: window.print is counted instead.
      await page.page.addInitScript(() => {
        const counted = window as Window & { printCalls?: number };
        counted.printCalls = 0;
        window.print = () => {
          counted.printCalls = (counted.printCalls ?? 0) + 1;
        };
      });
      await openView(page, path);
      const button = printButton(page);
      expect(await button.count()).toBe(1);
      expect(await button.isVisible()).toBe(true);
      const box = await button.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(24);
      await button.click();
      expect(await page.page.evaluate(() => (window as Window & { printCalls?: number }).printCalls)).toBe(1);
      // It does not print itself.
      await page.page.emulateMedia({ media: 'print' });
      expect(await button.isVisible()).toBe(false);
    });
  });

  test('the printed text has no Print button', async () => {
    const page = await site.open();
    await openView(page, printPath('norms', 'eaeu-treaty-2014'));
    const text = squeezed(await pdfText(await printToPdf(page.page)));
    expect(text).not.toContain(squeezed(ru['print.button']));
  });
});

describe('no empty boxes and no blank pages in print', () => {
  describe.each(VIEWPORTS)('at $width px', (viewport) => {
    test.each([NORM_PAGE, OVERVIEW, ...PRINT_VIEWS])('%s: no bordered block without text', async (path) => {
      const page = await site.open({ viewport });
      await openView(page, path);
      await page.page.emulateMedia({ media: 'print' });
      expect(await emptyBoxes(page)).toEqual([]);
    });
  });

  // Text kept whole that does not fit moves to the next sheet and leaves this one blank below it
  // (the norm page's field list left its bordered box empty over two thirds of page 1).
  test.each([NORM_PAGE, OVERVIEW, ...PRINT_VIEWS])(
    '%s: every page but the last is filled at least halfway',
    async (path) => {
      const page = await site.open();
      await openView(page, path);
      const pages = await pdfPageWords(await printToPdf(page.page));
      const fills = pages.slice(0, -1).map((sheet) => Math.round(filled(sheet) * 100) / 100);
      for (const [index, fill] of fills.entries()) expect(fill, `page ${index + 1}`).toBeGreaterThan(0.5);
    },
  );

  test('the overview: its data tables are shut on screen and open in print', async () => {
    const page = await site.open();
    await page.goto(OVERVIEW);
    const tables = page.page.locator('details table');
    expect(await tables.count()).toBeGreaterThan(0);
    const shown = () => tables.evaluateAll((all) => all.map((table) => table.checkVisibility()));
    expect(await shown()).toEqual((await shown()).map(() => false));
    await page.page.emulateMedia({ media: 'print' });
    expect(await shown()).toEqual((await shown()).map(() => true));

    // The first table's head and first row, cell after cell, are in what was printed.
    const rows = await tables
      .first()
      .locator('thead tr, tbody tr')
      .evaluateAll((all) => all.slice(0, 2).map((row) => row.textContent));
    const text = squeezed(await pdfRawText(await printToPdf(page.page)));
    for (const row of rows) expect(text).toContain(squeezed(row));
  });
});

describe('the permalink on every printed page', () => {
  test.each([NORM_PAGE, OVERVIEW, printPath('norms', 'eaeu-treaty-2014')])(
    '%s: each sheet prints the page’s canonical URL',
    async (path) => {
      const page = await site.open({ javaScriptEnabled: false });
      await page.goto(path);
      const canonical = (await page.page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      expect(canonical).toMatch(/^https:/);
      const line = squeezed(ru['print.permalink'].replace('{url}', canonical));
      const sheets = (await pdfText(await printToPdf(page.page))).split('\f').filter((s) => s.trim() !== '');
      expect(sheets.length).toBeGreaterThan(1);
      for (const [index, sheet] of sheets.entries())
        expect(squeezed(sheet), `page ${index + 1}`).toContain(line);
    },
  );

  test('on screen the permalink line is not shown', async () => {
    const page = await site.open();
    await page.goto(NORM_PAGE);
    expect(await page.page.locator('.print-permalink').isVisible()).toBe(false);
  });
});
