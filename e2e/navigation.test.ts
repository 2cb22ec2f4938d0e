import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { INDEXED_COLLECTIONS } from '../src/lib/collections';
import { indexPath } from '../src/lib/routes';
import { BASE, useBuiltSite, type SitePage } from './lib/site';

const site = useBuiltSite();
const t = useTranslations('ru');

/** The indexes the header links to: every collection's that has one. */
const INDEXES = INDEXED_COLLECTIONS;

/** The first link in `<main>` whose href matches `pattern` (tested against the base-less path). */
async function firstLinkMatching(page: SitePage, pattern: RegExp) {
  const href = (await page.hrefs(page.main)).find(
    (h) => h.startsWith(BASE) && pattern.test(h.slice(BASE.length)),
  );
  if (!href) throw new Error(`${page.path}: no link in <main> matches ${pattern}`);
  return page.linkTo(href, page.main);
}

/** A page with content: one `<h1>` with text and a `<main>` that says something. */
async function expectContent(page: SitePage): Promise<void> {
  expect(await page.heading.count(), page.path).toBe(1);
  expect((await page.heading.innerText()).trim(), page.path).not.toBe('');
  expect((await page.main.innerText()).length, page.path).toBeGreaterThan(50);
}

/** The article page reached from the articles index, and its table of contents (section hrefs). */
async function openArticle(page: SitePage): Promise<{ article: string; sections: string[] }> {
  await page.goto(indexPath('articles'));
  const article = await page.follow(await firstLinkMatching(page, /^articles\/[^/]+\/$/));
  // The table of contents is the ordered list under «Содержание».
  const contents = page.main.locator('section', {
    has: page.page.getByRole('heading', { name: t('article.contents'), exact: true }),
  });
  const sections = await page.hrefs(contents.locator('ol'));
  expect(sections.length, 'sections listed on the article page').toBeGreaterThan(1);
  for (const href of sections) expect(href).toMatch(new RegExp(`^${BASE}${article}[^/#]+/$`));
  return { article, sections };
}

describe('header navigation', () => {
  test('every link in the header leads to a page with content', async () => {
    const page = await site.open();
    await page.goto('');
    const header = page.page.getByRole('navigation', { name: t('nav.main'), exact: true });
    const hrefs = await page.hrefs(header);
    expect(hrefs.length).toBeGreaterThanOrEqual(INDEXES.length);
    for (const href of hrefs) {
      await page.goto('');
      expect(`${BASE}${await page.follow(page.linkTo(href, header))}`).toBe(href);
      await expectContent(page);
    }
  });

  test.each(INDEXES)('home → %s index → its first entry', async (collection) => {
    const page = await site.open();
    await page.goto('');
    const header = page.page.getByRole('navigation', { name: t('nav.main'), exact: true });
    const index = header.getByRole('link', { name: t(`nav.${collection}`), exact: true });
    expect(await page.follow(index)).toBe(indexPath(collection));
    await expectContent(page);

    const entry = await page.follow(await firstLinkMatching(page, new RegExp(`^${collection}/[^/]+/$`)));
    expect(entry).toMatch(new RegExp(`^${collection}/[^/]+/$`));
    await expectContent(page);
  });
});

describe('reading the article', () => {
  test('the article page opens a section', async () => {
    const page = await site.open();
    const { sections } = await openArticle(page);
    const [first = ''] = sections;
    expect(`${BASE}${await page.follow(page.linkTo(first, page.main))}`).toBe(first);
    await expectContent(page);
    expect(await page.page.locator('.article-text p[id]').count()).toBeGreaterThan(0);
  });

  test('next and previous section links walk the table of contents both ways', async () => {
    const page = await site.open();
    const { sections } = await openArticle(page);
    const [first = '', ...rest] = sections;
    await page.follow(page.linkTo(first, page.main));
    const prev = page.page.locator('a[rel="prev"]');
    const next = page.page.locator('a[rel="next"]');
    expect(await prev.count(), 'no previous section before the first').toBe(0);

    for (const expected of rest) {
      expect(await next.getAttribute('href')).toBe(expected);
      expect(`${BASE}${await page.follow(next)}`).toBe(expected);
    }
    expect(await next.count(), 'no next section after the last').toBe(0);

    for (const expected of [...sections].reverse().slice(1)) {
      expect(await prev.getAttribute('href')).toBe(expected);
      expect(`${BASE}${await page.follow(prev)}`).toBe(expected);
    }
    expect(await prev.count()).toBe(0);
  });

  test('a footnote marker leads to its footnote on the same page', async () => {
    const page = await site.open();
    const { sections } = await openArticle(page);
    for (const section of sections) {
      await page.goto(section.slice(BASE.length));
      const marker = page.page.locator('.article-text a.footnote-ref').first();
      if ((await marker.count()) === 0) continue;

      const before = new URL(page.page.url()).pathname;
      await page.follow(marker);
      expect(new URL(page.page.url()).pathname, 'the same page').toBe(before);
      expect(page.hash).toMatch(/^fn-\d+$/);
      const footnote = page.page.locator(`[id="${page.hash}"]`);
      expect(await footnote.count()).toBe(1);
      expect(await footnote.evaluate((el) => el.matches(':target'))).toBe(true);
      expect((await footnote.innerText()).trim()).not.toBe('');
      return;
    }
    throw new Error('no section has a footnote marker');
  });
});

describe('cross-references', () => {
  test('a norm\'s "Cited in" list leads to the paragraph, highlighted as the target', async () => {
    const page = await site.open();
    await page.goto('norms/kz-constitution-1995/');
    const citedIn = page.page.locator('section', {
      has: page.page.getByRole('heading', { name: t('entity.citedIn'), exact: true }),
    });
    expect(await citedIn.count()).toBe(1);
    const link = citedIn.locator('a[href*="#"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    const anchor = href.slice(href.indexOf('#') + 1);
    expect(anchor).not.toBe('');

    const path = await page.follow(link);
    expect(`${BASE}${path}`).toBe(href);
    expect(page.hash).toBe(anchor);
    const paragraph = page.page.locator(`[id="${anchor}"]`);
    expect(await paragraph.count()).toBe(1);
    const state = await paragraph.evaluate((el) => {
      // The highlight is whatever distinguishes the target from a paragraph that is not one.
      const other = [...(el.parentElement?.children ?? [])].find((p) => p !== el && p.tagName === 'P');
      const look = (node: Element) => {
        const style = getComputedStyle(node);
        return `${style.backgroundColor} ${style.outlineStyle} ${style.outlineColor}`;
      };
      return {
        tag: el.tagName,
        target: el.matches(':target'),
        inText: el.closest('.article-text') !== null,
        highlighted: other === undefined || look(el) !== look(other),
      };
    });
    expect(state).toEqual({ tag: 'P', target: true, inText: true, highlighted: true });
  });
});
