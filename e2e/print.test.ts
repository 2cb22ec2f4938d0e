import { describe, expect, test } from 'vitest';
import { CITATION_STYLE } from '../src/i18n/keys';
import { CITATION_STYLES } from '../src/lib/cite/styles';
import ru from '../src/i18n/ru';
import { translateParts } from '../src/i18n/parts';
import { entityPath, indexPath, printPath, SELECTION_PRINT_PATH } from '../src/lib/routes';
import { pdfText, printToPdf, squeezed } from './lib/pdf';
import { BASE, useBuiltSite, type SitePage } from './lib/site';
import { withBase } from '../src/lib/site-url';

const site = useBuiltSite();
const ARTICLE = 'moldakhmetova-2025';
const SECTIONS = ['introduction', 'materials-and-methods', 'results-and-discussion', 'conclusion'].map(
  (slug) => `${ARTICLE}/${slug}`,
);
/** The site's published root, under the base the site was built with (the permanent URLs print it). */
const SITE_ROOT = withBase(`https://moldakhmetova-2025.example.org${BASE}`, '');

/** What a section's own page lists as cited: each footnote and reference entry, as printed. */
async function sourcesListedOn(page: SitePage, section: string): Promise<string[]> {
  await page.goto(entityPath('sections', section));
  return page.main.locator('ol.numbered li > span[lang]').allInnerTexts();
}

/** The printed text of the current page, squeezed for comparison. */
async function printed(page: SitePage): Promise<{ text: string; raw: string }> {
  const raw = await pdfText(await printToPdf(page.page));
  return { text: squeezed(raw), raw };
}

// Chrome the printed page must not carry: navigation, search, buttons and form controls.
const CHROME = [
  ru['nav.skip'],
  ru['nav.home'],
  ru['nav.overview'],
  ru['nav.openData'],
  ru['nav.about'],
  // The section links' words, without the section they name.
  ...(['nav.previous', 'nav.next'] as const).flatMap((key) =>
    translateParts('ru', key).flatMap((part) => ('text' in part ? [part.text.trim()] : [])),
  ),
  ru['search.submit'],
  ru['cite.copy'],
  ru['print.link'],
  ru['print.button'],
  ru['print.range.submit'],
  ru['print.range.legend'],
  ru['print.selection.submit'],
  ru['print.selection.legend'],
];
// Navigation labels are ordinary words («Нормы»): printed alone on a line they are the menu.
const NAV_LABELS = Object.entries(ru).flatMap(([key, label]) =>
  key.startsWith('nav.') && typeof label === 'string' ? [label] : [],
);

describe('print with sources: each section to PDF', () => {
  test.each(SECTIONS)(
    '%s: heading, every cited source, the URL; no navigation or buttons',
    async (section) => {
      const page = await site.open();
      const sources = await sourcesListedOn(page, section);
      await page.goto(printPath('sections', section));
      const heading = await page.heading.innerText();
      const { text, raw } = await printed(page);

      expect(text).toContain(squeezed(heading));
      for (const source of sources) expect(text, source).toContain(squeezed(source));
      expect(text).toContain(squeezed(`${SITE_ROOT}${entityPath('sections', section)}`));
      expect(text).toContain(squeezed(ru['print.howToCite']));
      for (const style of CITATION_STYLES) expect(text).toContain(squeezed(ru[CITATION_STYLE[style]]));
      for (const label of CHROME) expect(text, label).not.toContain(squeezed(label));
      const lines = new Set(raw.split('\n').map((line) => line.trim()));
      for (const label of NAV_LABELS) expect(lines.has(label), label).toBe(false);
      // Page numbers in the bottom margin box: «1 / N».
      expect(text).toMatch(/1\/\d+/);
    },
  );

  test('the running header names the article and the section', async () => {
    const page = await site.open();
    await page.goto(printPath('sections', `${ARTICLE}/conclusion`));
    const { raw } = await printed(page);
    const firstLine = raw.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(firstLine).toContain('Заключение');
    expect(firstLine).toContain('Миграционная политика Казахстана');
  });
  test('on Letter paper too: the same text, sources and page numbers', async () => {
    const page = await site.open();
    const section = `${ARTICLE}/introduction`;
    const sources = await sourcesListedOn(page, section);
    await page.goto(printPath('sections', section));
    const text = squeezed(await pdfText(await printToPdf(page.page, 'Letter')));
    for (const source of sources) expect(text, source).toContain(squeezed(source));
    expect(text).toMatch(/1\/\d+/);
  });
});

describe('print with sources: narrowing and combining', () => {
  test('a paragraph range keeps its paragraphs and only the sources they cite (JS)', async () => {
    const page = await site.open();
    await page.goto(`${printPath('sections', `${ARTICLE}/introduction`)}?from=3&to=3`);
    const visible = page.page.locator('.print-sources [data-key]:visible');
    await expect.poll(() => visible.count()).toBe(1);
    expect(await visible.first().getAttribute('data-key')).toBe(`reference:${ARTICLE}:2`);
    expect(await page.page.locator('#introduction-p3').isVisible()).toBe(true);
    expect(await page.page.locator('#introduction-p1').isVisible()).toBe(false);
    const citations = await page.page.locator('[data-citation-text]').allInnerTexts();
    // One line per style, each pinpointing the paragraph with the Russian locale's «п.» (OSCOLA
    // writes abbreviations without full stops).
    expect(citations).toHaveLength(CITATION_STYLES.length);
    for (const citation of citations) expect(citation).toMatch(/ п\.? 3\b/u);

    const { text } = await printed(page);
    expect(text).toContain(squeezed(await visible.first().innerText()));
    expect(text).not.toContain(squeezed('World Migration Report 2022'));
  });

  test('without JavaScript the section print page has all its sources', async () => {
    const page = await site.open({ javaScriptEnabled: false });
    const sources = await sourcesListedOn(page, `${ARTICLE}/introduction`);
    await page.goto(`${printPath('sections', `${ARTICLE}/introduction`)}?from=3&to=3`);
    const numbered = page.page.locator('.print-sources ol.numbered li:visible');
    expect(await numbered.count()).toBe(sources.length);
    expect(await page.page.locator('noscript').first().innerHTML()).toContain(ru['print.range.noscript']);
  });

  test('a selection of two sections prints both texts and a shared source once', async () => {
    const page = await site.open();
    const items = ['introduction', 'results-and-discussion'].map((s) => `item=sections:${ARTICLE}/${s}`);
    await page.goto(`${SELECTION_PRINT_PATH}?${items.join('&')}`);
    await page.page.locator('[data-composed-meta]:not([hidden])').waitFor();
    const composed = page.page.locator('[data-composed-sources]');
    expect(await composed.locator(`[data-key="reference:${ARTICLE}:1"]`).count()).toBe(1);
    expect(await composed.locator(`[data-key="norms:kz-concept-migration-2023-2027"]`).count()).toBe(1);
    // Every footnote of the two sections, in number order.
    const footnotes = await composed
      .locator('[data-list="footnotes"] li')
      .evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('value'))));
    expect(footnotes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const { text } = await printed(page);
    expect(text).toContain(squeezed('Введение'));
    expect(text).toContain(squeezed('Результаты и обсуждение'));
    expect(await page.page.locator('.print-selection-status').innerText()).toBe('');
  });

  test('the section page offers the selection as a plain form whose query is the set', async () => {
    const page = await site.open();
    await page.goto(entityPath('sections', `${ARTICLE}/introduction`));
    const form = page.page.locator('form.print-selection');
    await form.locator(`input[value="sections:${ARTICLE}/conclusion"]`).check();
    await form.locator('button[type="submit"]').click();
    await page.page.waitForURL(/\/print\/\?/);
    expect(new URL(page.page.url()).searchParams.getAll('item')).toEqual([
      `sections:${ARTICLE}/introduction`,
      `sections:${ARTICLE}/conclusion`,
    ]);
  });
});

describe('print a selection from the indexes', () => {
  test.each(['norms', 'glossary', 'notes'] as const)(
    'the %s index: ticked entries open as one document',
    async (collection) => {
      const page = await site.open();
      await page.goto(indexPath(collection));
      const boxes = page.main.locator('form.print-selection input[type="checkbox"]');
      const values = [await boxes.nth(0).getAttribute('value'), await boxes.nth(1).getAttribute('value')];
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await page.main.locator('form.print-selection button[type="submit"]').click();
      await page.page.waitForURL(/\/print\/\?/);
      expect(new URL(page.page.url()).searchParams.getAll('item')).toEqual(values);
      await page.page.locator('[data-composed-meta]:not([hidden])').waitFor();
      expect(await page.page.locator('[data-composed-text] > section').count()).toBe(2);
      expect(await page.page.locator('.print-selection-status').innerText()).toBe('');
    },
  );
});

describe('the print stylesheet on every page', () => {
  test('external link addresses are printed after their text', async () => {
    const page = await site.open();
    await page.goto(entityPath('norms', 'kz-law-migration-2011'));
    const link = page.main.locator('.editorial a[href^="http"]').first();
    const [label, href] = [await link.innerText(), (await link.getAttribute('href')) ?? ''];
    const { text } = await printed(page);
    expect(text).toContain(squeezed(`${label} (${href})`));
  });

  test('an entry prints with the paragraphs citing it and what they cite', async () => {
    const page = await site.open();
    await page.goto(printPath('statistics', 'work-permit-holders-2023-05-01'));
    const { text } = await printed(page);
    expect(text).toContain(squeezed(ru['entity.citedIn']));
    expect(text).toContain(
      squeezed(`${SITE_ROOT}${entityPath('statistics', 'work-permit-holders-2023-05-01')}`),
    );
  });
});
