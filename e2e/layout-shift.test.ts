import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SELECTION_PRINT_PATH } from '../src/lib/routes';
import { onePerTypeInDefaultLanguage } from './lib/built-pages';
import { DIST, useBuiltSite } from './lib/site';

const site = useBuiltSite();
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];
/** One page of every type, in the default language, and a print selection that has entries. */
const PAGES = [
  ...onePerTypeInDefaultLanguage(DIST),
  `${SELECTION_PRINT_PATH}?item=sections:moldakhmetova-2025/introduction&item=norms:eaeu-treaty-2014`,
];

/**
 * A page of the site whose scripts wait at a gate: each page opened is seen as first painted,
 * scripting on but no script run yet, until `runScripts`.
 */
async function gatedPage(viewport: { width: number; height: number }) {
  const page = await site.open({ viewport });
  let open = () => {};
  let gate = Promise.resolve();
  await page.page.route('**/_astro/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  return {
    page,
    async openBeforeScripts(path: string): Promise<void> {
      gate = new Promise<void>((resolve) => (open = resolve));
      void page.goto(path).catch(() => {});
      await page.page.waitForFunction(
        () =>
          document.readyState !== 'loading' &&
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
            (link) => link.sheet,
          ),
      );
    },
    async runScripts(path: string): Promise<void> {
      open();
      await page.page.waitForLoadState('load');
      // A print selection fetches the documents it composes: done when its details are shown.
      if (path.startsWith(`${SELECTION_PRINT_PATH}?`))
        await page.page.locator('[data-composed-meta]:not([hidden])').waitFor();
      // Two frames: whatever the scripts changed is laid out.
      await page.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    },
  };
}

/** Marks every element seen on the screen, with where it is on the page. */
function markVisible(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.bottom < 0 || box.top > window.innerHeight) continue;
      element.dataset['seenAt'] = `${Math.round(box.left)},${Math.round(box.top + window.scrollY)}`;
    }
  });
}

/** The elements seen before that, still shown, are somewhere else now: what a reader sees jump. */
function moved(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-seen-at]')].flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const now = `${Math.round(box.left)},${Math.round(box.top + window.scrollY)}`;
      const then = element.dataset['seenAt'];
      return now === then ? [] : [`${element.tagName.toLowerCase()}.${element.className}: ${then} → ${now}`];
    }),
  );
}

describe('nothing on the first screen moves when the scripts run', () => {
  test.each(SCREENS)('one page of every type at $width px', async (viewport) => {
    const { page, openBeforeScripts, runScripts } = await gatedPage(viewport);
    const jumps: Record<string, string[]> = {};
    for (const path of PAGES) {
      await openBeforeScripts(path);
      await markVisible(page.page);
      await runScripts(path);
      const found = await moved(page.page);
      if (found.length > 0) jumps[path] = found;
    }
    expect(jumps).toEqual({});
  });
});
