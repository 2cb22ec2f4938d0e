import { describe, expect, test } from 'vitest';
import { builtPages } from '../../e2e/lib/built-pages';
import { useTranslations } from '../../src/i18n';
import { builtPage, DIST } from '../support/built-site';

/** What the Russian pages give the search index (Pagefind reads the built HTML). */
const indexed = () =>
  builtPages(DIST)
    .filter((path) => !/^(kk|en)\//u.test(path))
    .map((path) => ({ path, html: builtPage(path) }))
    .filter(({ html }) => html.includes('data-pagefind-body'));

describe('the search index', () => {
  test('"Related entries" lists stay out of it', () => {
    const heading = `<h2 id="related">${useTranslations('ru')('entity.related')}</h2>`;
    const pages = indexed().filter(({ html }) => html.includes(heading));
    expect(pages.length).toBeGreaterThan(30);
    for (const { path, html } of pages)
      expect(html, path).toContain(`<section data-pagefind-ignore> ${heading}`);
  });

  test('an entry gives its Kazakh and English titles, and its names in other languages, hidden', () => {
    const page = builtPage('glossary/work-permit/');
    expect(page).toContain('data-pagefind-meta="title_kk:Жұмысқа рұқсат"');
    expect(page).toContain('data-pagefind-meta="title_en:Work permit"');
    expect(page).toMatch(/data-pagefind-meta="summary_en:The state[^"]+"/u);
    expect(page).toMatch(/<p hidden data-pagefind-weight="7">\s*Жұмысқа рұқсат · Work permit\s*<\/p>/u);
  });

  test("a note's names weigh as its heading does, not as an entry's", () => {
    const note = indexed().find(({ path }) => path.startsWith('notes/'));
    expect(note?.html).toMatch(/<p hidden data-pagefind-weight="1">/u);
  });
});
