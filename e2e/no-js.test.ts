import { describe, expect, test } from 'vitest';
import { INDEXED_COLLECTIONS } from '../src/lib/collections';
import { indexPath } from '../src/lib/routes';
import { onePerTypeInDefaultLanguage } from './lib/built-pages';
import { BASE, DIST, useBuiltSite, type SitePage } from './lib/site';

const site = useBuiltSite();

/** A browser with scripting off, and a probe proving it is off: an init script that cannot run. */
async function openWithoutJs(): Promise<SitePage> {
  const page = await site.open({ javaScriptEnabled: false });
  // Init scripts run before <html> exists, hence the wait for the parsed document.
  await page.page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.dataset['scripted'] = 'yes';
    });
  });
  return page;
}

/** The page shows its content: a heading, text in `<main>`, and no script ran. */
async function expectContent(page: SitePage): Promise<void> {
  expect(await page.heading.count(), page.path).toBe(1);
  expect(await page.heading.isVisible(), page.path).toBe(true);
  expect((await page.heading.innerText()).trim(), page.path).not.toBe('');
  expect((await page.main.innerText()).length, page.path).toBeGreaterThan(50);
  expect(await page.page.locator('html').getAttribute('data-scripted'), 'scripting is off').toBeNull();
}

/** The first link in the content (breadcrumbs aside) that leads to another page of the site. */
async function firstLinkAway(page: SitePage) {
  const here = new URL(page.page.url()).pathname;
  const content = page.main.locator('a[href]:not(nav.breadcrumbs a)');
  const hrefs = await content.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => h.startsWith(BASE) && !h.includes('#') && h !== here);
  if (!href) throw new Error(`${page.path}: no link to another page in <main>`);
  return page.linkTo(href, page.main);
}

const PAGES: [string, string][] = [
  ['the home page', ''],
  ...INDEXED_COLLECTIONS.map((c): [string, string] => [`the ${c} index`, indexPath(c)]),
  ['the article page', 'articles/moldakhmetova-2025/'],
  ['a section page', 'articles/moldakhmetova-2025/introduction/'],
  ['a norm page', 'norms/kz-constitution-1995/'],
];

/** One page of every type, print views and the print selection included, in the default language. */
const EVERY_TYPE = onePerTypeInDefaultLanguage(DIST);

/**
 * Each visible field or button, as `tag.class` of its form (or its Print-button holder). The
 * header's search form is left out: a plain GET form to the search page, which says what search
 * needs.
 */
function visibleControls(page: SitePage): Promise<string[]> {
  return page.page.locator('button, input, select, textarea').evaluateAll((controls) =>
    controls
      .filter((control) => control.checkVisibility() && !control.closest('form.site-search'))
      .map((control) => {
        const owner = control.closest('form, .print-button') ?? control;
        return `${owner.tagName.toLowerCase()}.${owner.classList[0] ?? ''}`;
      }),
  );
}

/** The pages of `paths` that show a control, each with its controls. */
async function pagesWithControls(page: SitePage, paths: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(path);
    const controls = await visibleControls(page);
    if (controls.length > 0) found[path] = [...new Set(controls)];
  }
  return found;
}

describe('without JavaScript', () => {
  test('no page type shows a control that needs JavaScript', async () => {
    expect(await pagesWithControls(await openWithoutJs(), EVERY_TYPE)).toEqual({});
  });

  test('with JavaScript the controls are there: print selections, a range, copy and Print buttons', async () => {
    const section = 'articles/moldakhmetova-2025/introduction/';
    const paths = ['norms/', section, `${section}print/`];
    expect(await pagesWithControls(await site.open(), paths)).toEqual({
      'norms/': expect.arrayContaining(['form.print-selection', 'button.cite-copy']),
      [section]: expect.arrayContaining(['form.print-selection', 'button.copy-cite', 'button.cite-copy']),
      [`${section}print/`]: expect.arrayContaining(['form.print-range', 'p.print-button']),
    });
  });

  test.each(PAGES)('%s renders its content and its links work', async (_name, path) => {
    const page = await openWithoutJs();
    await page.goto(path);
    await expectContent(page);

    const target = await page.follow(await firstLinkAway(page));
    expect(target).not.toBe(path);
    await expectContent(page);
  });

  test('a section page: the text is there and a footnote marker leads to its footnote', async () => {
    const page = await openWithoutJs();
    await page.goto('articles/moldakhmetova-2025/introduction/');
    expect(await page.page.locator('.article-text p[id]').count()).toBeGreaterThan(0);

    const marker = page.page.locator('.article-text a.footnote-ref').first();
    await page.follow(marker);
    expect(page.hash).toMatch(/^fn-\d+$/);
    const footnote = page.page.locator(`[id="${page.hash}"]`);
    expect(await footnote.isVisible()).toBe(true);
  });
});
