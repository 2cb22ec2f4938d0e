import { describe, expect, test } from 'vitest';
import { entityPath, fullTextPath } from '../src/lib/routes';
import { useBuiltSite, type SitePage } from './lib/site';

const site = useBuiltSite();
const ARTICLE = 'moldakhmetova-2025';
const SECTION = entityPath('sections', `${ARTICLE}/results-and-discussion`);
const FULL_TEXT = fullTextPath(ARTICLE);
const MARKERS = '.article-text a.footnote-ref, .article-text a.citation-ref';
const FOOTNOTES = 'ol.numbered li[id^="fn-"]';

const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [PHONE, { width: 1366, height: 768 }];

/** Each back-link of a footnote or reference on the page: the entry's id, the href and the label. */
function backLinks(page: SitePage) {
  return page.page.locator('ol.numbered li a.back-link').evaluateAll((links) =>
    links.map((link) => ({
      entry: link.closest('li')?.id ?? '',
      href: link.getAttribute('href') ?? '',
      label: link.getAttribute('aria-label') ?? '',
    })),
  );
}

describe.each(VIEWPORTS)('footnotes and citations at $width px', (viewport) => {
  test('markers and back-links are targets of at least 24 × 24 px, and no line grows taller', async () => {
    const page = await site.open({ viewport });
    await page.goto(SECTION);
    const boxes = await page.page
      .locator(`${MARKERS}, a.back-link`)
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // The distance between the lines of each paragraph with a marker is its line height: a marker
    // does not push its line down. Measured on the paragraph's own text (markers and the margin
    // number are set in another box).
    const pitches = await page.page
      .locator('.article-text p:has(a.footnote-ref, a.citation-ref)')
      .evaluateAll((paragraphs) =>
        paragraphs.map((paragraph) => {
          const tops = new Set<number>();
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (parent !== paragraph && !parent?.matches('a.mention')) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
          }
          const sorted = [...tops].sort((a, b) => a - b);
          return {
            lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight),
            gaps: sorted.slice(1).map((top, index) => top - (sorted[index] ?? top)),
          };
        }),
      );
    expect(pitches.length).toBeGreaterThan(3);
    for (const { lineHeight, gaps } of pitches) {
      for (const gap of gaps) expect(Math.abs(gap - lineHeight)).toBeLessThanOrEqual(1);
    }
  });

  test.each([SECTION, FULL_TEXT])(
    'on %s, each footnote leads back to every marker pointing at it, with a label',
    async (path) => {
      const page = await site.open({ viewport });
      await page.goto(path);
      const links = await backLinks(page);
      const markers = await page.page
        .locator('.article-text a.footnote-ref')
        .evaluateAll((found) =>
          found.map((marker) => ({ id: marker.id, href: marker.getAttribute('href') })),
        );
      expect(markers.length).toBeGreaterThan(0);
      // Every footnote marker on the page is led back to, from the footnote it points at.
      const footnoteLinks = links.filter((link) => link.entry.startsWith('fn-'));
      expect(footnoteLinks.map((link) => link.href).sort()).toEqual(markers.map((m) => `#${m.id}`).sort());
      for (const link of footnoteLinks) {
        expect(markers.find((m) => `#${m.id}` === link.href)?.href).toBe(`#${link.entry}`);
        expect(link.label).toMatch(/^Назад к тексту: .+, абз\. \d+$/);
      }
      expect(await page.page.locator(FOOTNOTES).count()).toBe(
        new Set(footnoteLinks.map((link) => link.entry)).size,
      );
      // A bracket citation is led back to as well, from each reference it cites.
      for (const link of links.filter((l) => l.entry.startsWith('ref-'))) {
        expect(
          await page.page.locator(`.article-text a.citation-ref[id="${link.href.slice(1)}"]`).count(),
        ).toBe(1);
      }
      // Following one returns to the marker.
      const first = page.page.locator(`${FOOTNOTES} a.back-link`).first();
      await page.follow(first);
      expect(
        await page.page.locator(`[id="${page.hash}"]`).evaluate((el) => el.matches('a.footnote-ref:target')),
      ).toBe(true);
    },
  );

  test("on the article's page, without its text, the back-links lead to the markers on the sections' pages", async () => {
    const page = await site.open({ viewport });
    await page.goto(`en/${entityPath('articles', ARTICLE)}`);
    const links = (await backLinks(page)).filter((link) => link.entry.startsWith('fn-'));
    expect(links.length).toBeGreaterThanOrEqual(9);
    for (const { entry, href, label } of links) {
      expect(label).toMatch(/^Back to the text: .+, para\. \d+$/);
      const target = new URL(href, page.page.url());
      const html = await (await page.page.request.get(target.href)).text();
      expect(html, href).toMatch(
        new RegExp(`<a href="#${entry}" class="footnote-ref" id="${target.hash.slice(1)}"`),
      );
    }
  });

  test('web addresses in footnotes and references are links, their text as printed', async () => {
    const page = await site.open({ viewport });
    await page.goto(FULL_TEXT);
    const entries = await page.page.locator('ol.numbered li').evaluateAll((items) =>
      items.map((item) => {
        const printed = item.querySelector('span[lang]');
        return {
          addresses: (printed?.textContent ?? '').match(/https?:\/\//g)?.length ?? 0,
          links: [...(printed?.querySelectorAll('a[href^="http"]') ?? [])].map((link) => ({
            text: link.textContent,
            href: link.getAttribute('href') ?? '',
            rel: link.getAttribute('rel'),
          })),
        };
      }),
    );
    const withAddresses = entries.filter((entry) => entry.addresses > 0);
    expect(withAddresses.length).toBeGreaterThan(10);
    for (const { addresses, links } of withAddresses) {
      expect(links.length).toBe(addresses);
      for (const link of links) {
        expect(link.text).toMatch(/^https?:\/\/\S+[^.,;:)>]$/);
        expect(link.rel).toBe('noopener noreferrer');
        expect(new URL(link.href).origin).toBe(new URL(link.text ?? '').origin);
      }
    }
    // An address glued to the words after it ends where the address does; tracking parameters
    // stay out of the link and its text, and in the printed text after it.
    const sarsenova = page.page.locator('li[id^="ref-"]:has-text("Сарсенова З.") a[href^="http"]');
    expect(await sarsenova.textContent()).toBe('https://online.zakon.kz/Document/?doc_id=32575837');
    const mondaq = page.page.locator('li:has-text("Labor Migration In Kazakhstan") a[href^="http"]').first();
    const clean =
      'https://www.mondaq.com/employee-rights-labour-relations/1347780/labor-migration-in-kazakhstan';
    expect(await mondaq.textContent()).toBe(clean);
    expect(await mondaq.getAttribute('href')).toBe(clean);
    expect(await mondaq.evaluate((link) => link.closest('li')?.textContent)).toContain(
      `${clean}?utm_source=chatgpt.com`,
    );
  });

  test('the preview of every marker wraps and stays inside the screen', async () => {
    const page = await site.open({ viewport });
    await page.goto(FULL_TEXT);
    const tooltip = page.page.locator('#citation-preview');
    const markers = page.page.locator(MARKERS);
    const count = await markers.count();
    expect(count).toBeGreaterThan(15);
    for (let index = 0; index < count; index++) {
      await markers.nth(index).focus();
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      const fits = await tooltip.evaluate((preview) => {
        const box = preview.getBoundingClientRect();
        const screen = document.documentElement;
        return {
          inside:
            box.left >= 0 &&
            box.top >= 0 &&
            box.right <= screen.clientWidth &&
            box.bottom <= screen.clientHeight,
          wraps: preview.scrollWidth <= preview.clientWidth,
          pageWidth: screen.scrollWidth <= screen.clientWidth,
        };
      });
      expect(fits, `marker ${index}`).toEqual({ inside: true, wraps: true, pageWidth: true });
    }
  });
});

describe('a tap on a marker', () => {
  test('at 390 px opens the footnote in place; a second tap goes to it', async () => {
    const page = await site.open({ viewport: PHONE, hasTouch: true, isMobile: true });
    await page.goto(SECTION);
    const marker = page.page.locator('#results-and-discussion-p8 a.footnote-ref').first();
    await marker.scrollIntoViewIfNeeded();
    const before = await page.page.evaluate(() => window.scrollY);
    await marker.tap();
    const tooltip = page.page.locator('#citation-preview');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toBe(
      'Миграция населения Республики Казахстан (2022г.). [Электрон. ресурс]. – URL: <https://stat.gov.kz/>',
    );
    expect(page.hash).toBe('');
    expect(Math.abs((await page.page.evaluate(() => window.scrollY)) - before)).toBeLessThan(100);

    await marker.tap();
    await expect.poll(() => page.hash).toMatch(/^fn-\d+$/);
    expect(Math.abs((await page.page.evaluate(() => window.scrollY)) - before)).toBeGreaterThan(1000);
  });
});
