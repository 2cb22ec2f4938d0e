import { describe, expect, test } from 'vitest';
import { onePerTypeInDefaultLanguage } from './lib/built-pages';
import { DIST, useBuiltSite } from './lib/site';

const site = useBuiltSite();
/** A phone and a laptop. */
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];
/** One page of every type (print views included), in the default language. */
const PAGES = onePerTypeInDefaultLanguage(DIST);

/** What on the page breaks the screen's width: the page itself, or a region scrolling sideways. */
function sidewaysScrolling(): string[] {
  const found: string[] = [];
  if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page');
  for (const element of document.querySelectorAll('body *')) {
    const { overflowX } = getComputedStyle(element);
    if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1)
      found.push(`${element.tagName.toLowerCase()}.${element.className}`);
  }
  return found;
}

/**
 * Every visible control smaller than 24 × 24 px (WCAG 2.2, 2.5.8): links, buttons, disclosures
 * and fields, a checkbox by its label. A link inside a sentence is exempt, as WCAG has it.
 */
function smallTargets(): string[] {
  const inSentence = (link: Element) => {
    const block = link.closest('p, li, dd, td, th, blockquote, figcaption, caption');
    return !!block && (block.textContent ?? '').trim().length > (link.textContent ?? '').trim().length + 2;
  };
  const small: string[] = [];
  for (const control of document.querySelectorAll('a[href], button, summary, input, select, textarea')) {
    if (!control.checkVisibility() || (control.tagName === 'A' && inSentence(control))) continue;
    const target = (control.tagName === 'INPUT' && control.closest('label')) || control;
    const { width, height } = target.getBoundingClientRect();
    if (width < 24 || height < 24)
      small.push(
        `${control.tagName.toLowerCase()} «${(control.textContent ?? '').trim().slice(0, 30)}» ${width}×${height}`,
      );
  }
  return small;
}

describe.each(SCREENS)('at $width px', (viewport) => {
  test('no page type is wider than the screen, and no region scrolls sideways', async () => {
    const page = await site.open({ viewport });
    for (const path of PAGES) {
      await page.goto(path);
      expect(await page.page.evaluate(sidewaysScrolling), path).toEqual([]);
    }
  });

  test('every control outside a sentence is a target of at least 24 × 24 px', async () => {
    const page = await site.open({ viewport });
    for (const path of PAGES) {
      await page.goto(path);
      expect(await page.page.evaluate(smallTargets), path).toEqual([]);
    }
  });
});

// Between a phone and a laptop the paragraph tools leave the text's flow for its margin: at no
// width in between may they stand off the screen (they did from 48 to 50rem).
test('from a tablet to a laptop, paragraph numbers and copy buttons stay on the screen', async () => {
  const page = await site.open();
  await page.goto('articles/moldakhmetova-2025/introduction/');
  const tools = page.page.locator('.article-text p[id]').first().locator('.para-num, .copy-cite');
  await expect.poll(() => tools.count()).toBe(2);
  const offScreen: string[] = [];
  for (let width = 720; width <= 1200; width += 16) {
    await page.page.setViewportSize({ width, height: 800 });
    const boxes = await tools.evaluateAll((all) =>
      all.map((tool) => {
        const { left, right } = tool.getBoundingClientRect();
        return { tool: tool.className, left, right };
      }),
    );
    for (const { tool, left, right } of boxes)
      if (left < 0 || right > width) offScreen.push(`${tool} at ${width} px: ${left}–${right}`);
  }
  expect(offScreen).toEqual([]);
});
