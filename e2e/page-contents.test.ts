import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { entityPath, fullTextPath } from '../src/lib/routes';
import { useBuiltSite, type SitePage } from './lib/site';

const site = useBuiltSite();
const t = useTranslations('ru');
const ARTICLE = 'moldakhmetova-2025';

/** A long page of each kind that shows its contents. */
const PAGES = [
  entityPath('sections', `${ARTICLE}/results-and-discussion`),
  fullTextPath(ARTICLE),
  'overview/',
  'glossary/work-permit/',
];
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1366, height: 768 };

/** What the checks read on a page: its width, the contents' links and the back-to-top link's box. */
async function measure(page: SitePage) {
  return page.page.evaluate(() => {
    const contents = document.querySelector('.page-contents');
    const back = document.querySelector('.back-to-top a');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      missing: [...(contents?.querySelectorAll('a[href^="#"]') ?? [])]
        .map((link) => decodeURIComponent(link.getAttribute('href')?.slice(1) ?? ''))
        .filter((id) => document.getElementById(id) === null),
      links: contents?.querySelectorAll('a').length ?? 0,
      back: back && { text: back.textContent.trim(), href: back.getAttribute('href'), ...rect(back) },
    };
    function rect(element: Element) {
      const { width, height } = element.getBoundingClientRect();
      return { width, height };
    }
  });
}

/** The page's contents and the checks common to both widths: links to ids on the page, back link, width. */
async function openContents(page: SitePage, path: string, width: number) {
  await page.goto(path);
  const found = await measure(page);
  expect(found.links, path).toBeGreaterThanOrEqual(3);
  expect(found.missing, path).toEqual([]);
  expect(found.back, path).toMatchObject({ text: t('nav.backToTop'), href: '#content' });
  expect(found.back?.height, path).toBeGreaterThanOrEqual(24);
  expect(found.scrollWidth, path).toBeLessThanOrEqual(width);
  return page.page.locator('nav.page-contents');
}

describe('"On this page" contents', () => {
  test('on a phone: a closed disclosure under the title that opens within the screen', async () => {
    const page = await site.open({ viewport: PHONE });
    for (const path of PAGES) {
      const contents = await openContents(page, path, PHONE.width);
      const details = contents.locator('details');
      expect(await details.getAttribute('open'), path).toBeNull();
      expect(await contents.locator('ol a').first().isVisible(), path).toBe(false);
      await contents.locator('summary').click();
      expect(await contents.locator('ol a').first().isVisible(), path).toBe(true);
      const box = await contents.boundingBox();
      expect(box!.x, path).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, path).toBeLessThanOrEqual(PHONE.width);
      // The links are targets of 24 px at least, the paragraphs' numbers too.
      const heights = await contents
        .locator('a')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
      expect(Math.min(...heights), path).toBeGreaterThanOrEqual(24);
      // Right under the title, before the text.
      const [title, text] = await Promise.all([page.heading.boundingBox(), contents.boundingBox()]);
      expect(text!.y, path).toBeGreaterThan(title!.y);
    }
  });

  test('on a wide screen: open beside the text, not over it, and in view after scrolling', async () => {
    const page = await site.open({ viewport: WIDE });
    for (const path of PAGES) {
      const contents = await openContents(page, path, WIDE.width);
      expect(await contents.locator('summary').isVisible(), path).toBe(false);
      expect(await contents.locator('ol a').first().isVisible(), path).toBe(true);
      expect(await contents.evaluate((nav) => getComputedStyle(nav).position), path).toBe('sticky');
      // No element of the page's text reaches into the contents' column.
      const overlaps = await contents.evaluate((nav) => {
        const column = nav.getBoundingClientRect();
        return [...document.querySelectorAll('main *')]
          .filter((element) => !nav.contains(element))
          .filter((element) => {
            const box = element.getBoundingClientRect();
            const shown = box.width > 0 && box.height > 0;
            return shown && box.right > column.left && box.left < column.right && box.bottom > column.top;
          })
          .map((element) => element.outerHTML.slice(0, 80));
      });
      expect(overlaps, path).toEqual([]);
      // Down the page (the middle of its text), the contents are still at the top of the screen.
      await page.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const box = await contents.boundingBox();
      expect(box!.y, path).toBeGreaterThanOrEqual(0);
      expect(box!.y, path).toBeLessThan(50);
      expect(box!.y + box!.height, path).toBeLessThanOrEqual(WIDE.height);
    }
  });

  test('on a section page, its paragraphs and the article’s sections, the current one marked', async () => {
    const page = await site.open({ viewport: WIDE });
    await page.goto(PAGES[0]!);
    const contents = page.page.locator('nav.page-contents');
    const paragraphs = await page.page.locator('.article-text p[id]').count();
    expect(await contents.locator('.paragraph-links a').count()).toBe(paragraphs);
    const current = contents.locator('a[aria-current="page"]');
    expect(await current.innerText()).toBe('Результаты и обсуждение');
    await page.follow(contents.getByRole('link', { name: t('article.footnotes'), exact: true }));
    expect(page.hash).toBe('footnotes');
  });
});
