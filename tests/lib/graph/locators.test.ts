import { describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { buildGraph } from '../../../src/lib/graph';
import { findLocatorProblems } from '../../../src/lib/graph/locators';
import { changed, fixtures, printed, SECTION } from './fixtures';

/** The locator check over changed collections, read against the text of the good fixtures. */
async function problemsIn(edit: (c: Collections) => void): Promise<string[]> {
  const graph = buildGraph(await fixtures());
  return printed(findLocatorProblems({ ...graph, collections: await changed(edit) }));
}

describe('findLocatorProblems', () => {
  test('finds none in the fixtures', async () => {
    expect(await problemsIn(() => {})).toEqual([]);
  });

  test('names a quote that is not verbatim at its locator', async () => {
    expect(
      await problemsIn((c) => {
        c.norms[0]!.data.namedAs[0]!.text = 'Конституция';
      }),
    ).toEqual([
      'tests/fixtures/content/norms/demo-constitution.yaml → namedAs[0].text: «Конституция» is not verbatim at its locator',
    ]);
  });

  test('names a locator that points at nothing, in the body, a list or the front matter', async () => {
    const section = { collection: 'sections', id: SECTION } as const;
    const article = { collection: 'articles', id: 'demo-2024' } as const;
    const problems = await problemsIn((c) => {
      c.notes[0]!.data.sources = [
        { kind: 'article', locator: { in: 'body', section, paragraph: 99 } },
        { kind: 'article', locator: { in: 'footnote', article, number: 9 } },
        { kind: 'article', locator: { in: 'reference', article, number: 9, list: 'ru' } },
        {
          kind: 'article',
          locator: { in: 'front', article: { ...article, id: 'none' }, part: 'title', lang: 'ru' },
        },
      ];
    });
    expect(problems.map((p) => p.slice(0, p.indexOf(' (')))).toEqual(
      [0, 1, 2, 3].map(
        (i) => `tests/fixtures/content/notes/demo-note.yaml → sources[${i}].locator: points at nothing`,
      ),
    );
  });

  test('reads the front matter and both reference lists', async () => {
    const article = { collection: 'articles', id: 'demo-2024' } as const;
    const problems = await problemsIn((c) => {
      c.norms[0]!.data.namedAs = [
        { text: 'Doklad', locator: { in: 'reference', article, number: 1, list: 'translit' } },
        { text: c.articles[0]!.data.doi, locator: { in: 'front', article, part: 'identifiers', lang: 'en' } },
      ];
    });
    expect(problems).toEqual([]);
  });
});
