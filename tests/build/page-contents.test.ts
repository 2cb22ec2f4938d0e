import { describe, expect, test } from 'vitest';
import { builtPages } from '../../e2e/lib/built-pages';
import { sectionHeadings } from '../../src/lib/page-contents';
import { builtPage, DIST } from '../support/built-site';

const PAGES = builtPages(DIST);
const CONTENTS = /<nav class="page-contents"[\s\S]*?<\/nav>/;

/** A page's `<main>`, and in it its contents and the rest. */
function parts(path: string) {
  const main = /<main[\s\S]*<\/main>/.exec(builtPage(path))?.[0] ?? '';
  const contents = CONTENTS.exec(main)?.[0];
  return { contents, rest: contents === undefined ? main : main.replace(contents, '') };
}

/** The same-page fragments a page's contents link to, in order. */
function contentsTargets(contents: string): string[] {
  return [...contents.matchAll(/<a href="#([^"]+)"/g)].map(([, id = '']) => id);
}

const withContents = PAGES.filter((path) => parts(path).contents !== undefined);

describe('"On this page" contents', () => {
  test('are on every section page, the full text and the overview, in every language, and on long entry pages', () => {
    for (const prefix of ['', 'kk/', 'en/'])
      for (const path of [
        'articles/moldakhmetova-2025/introduction/',
        'articles/moldakhmetova-2025/conclusion/',
        'articles/moldakhmetova-2025/full-text/',
        'overview/',
        'norms/kz-law-migration-2011/',
        'glossary/work-permit/',
      ])
        expect(withContents, prefix + path).toContain(prefix + path);
    // A short entry page (two sections and its citation) is seen whole without them.
    expect(withContents).not.toContain('notes/cis-share-stated-twice/');
    // Print views, indexes and search have none.
    expect(withContents.filter((path) => /print\/$|^(kk\/|en\/)?(norms|search)\/$/.test(path))).toEqual([]);
  });

  test('list every section of their page, each by an id that is on it', () => {
    for (const path of withContents) {
      const { contents = '', rest } = parts(path);
      const headings = [...rest.matchAll(/<h2[\s>]/g)].length;
      const sections = sectionHeadings(rest).map((entry) => entry.id);
      // Every section heading has an id, so none is left out of the contents.
      expect(sections, `${path}: headings without an id`).toHaveLength(headings);
      const targets = contentsTargets(contents);
      for (const id of sections) expect(targets, `${path}: ${id}`).toContain(id);
      for (const id of targets) expect(rest, `${path}: ${id}`).toContain(`id="${id}"`);
    }
  });

  test('are not indexed, and their pages end with a link back to the top, neither indexed nor printed', () => {
    for (const path of withContents) {
      const { contents = '', rest } = parts(path);
      expect(contents, path).toContain('data-pagefind-ignore');
      expect(rest, path).toMatch(
        /<p class="back-to-top no-print" data-pagefind-ignore>\s*<a href="#content">[^<]+<\/a>\s*<\/p>\s*<\/main>/,
      );
    }
  });
});
