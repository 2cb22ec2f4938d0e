import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../src/lib/graph';
import { entityPath, paragraphAnchor } from '../../src/lib/routes';
import { builtPage, DIST, visibleText } from '../support/built-site';
import { loadContent } from '../support/load-content';

/**
 * Astro 7's default `compressHTML: 'jsx'` removes whitespace between inline elements written on
 * separate lines, gluing words together. The site uses `true`; these tests fail if words touch.
 */
let graph: Graph;
let indexed: Map<string, string>;
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
  // Pagefind stores each page's text in a gzip'd fragment, prefixed with a signature.
  indexed = new Map(
    readdirSync(`${DIST}/pagefind/fragment`).map((file) => {
      const raw = gunzipSync(readFileSync(`${DIST}/pagefind/fragment/${file}`)).toString('utf8');
      const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
      return [fragment.url, fragment.content];
    }),
  );
});

describe('words stay apart', () => {
  test('each paragraph on its page reads exactly as the article prints it', () => {
    for (const section of graph.collections.sections) {
      const html = builtPage(entityPath('sections', section.id));
      graph.paragraphs(section.id).forEach((text, index) => {
        const id = paragraphAnchor(section.id, index + 1);
        const match = new RegExp(`<p id="${id}">([\\s\\S]*?)</p>`).exec(html);
        expect(match, `${section.id}#${id}`).not.toBeNull();
        // The paragraph number (its permalink) stands before the text and is not part of it.
        const withoutNumber = (match?.[1] ?? '').replace(/^<a [^>]*class="para-num"[^>]*>\d+<\/a>/, '');
        expect(visibleText(withoutNumber), `${section.id}#${id}`).toBe(text);
      });
    }
  });

  test('text around links in templates keeps its spaces', () => {
    const norm = visibleText(builtPage(entityPath('norms', 'kz-constitution-1995')));
    expect(norm).toMatch(/Результаты и обсуждение, абз\. 6 \(упоминание\)/);
    const article = visibleText(builtPage(entityPath('articles', 'moldakhmetova-2025')));
    expect(article).toMatch(/Молдахметова Ж\.Е\. \(автор для корреспонденции\), Казахский/);
  });

  test('the search index holds the paragraphs with their spaces', () => {
    const section = 'moldakhmetova-2025/results-and-discussion';
    const content = indexed.get(`/${entityPath('sections', section)}`);
    expect(content).toBeDefined();
    // Pagefind starts a word at each element with an id (its anchors), so it puts a space before each
    // footnote and citation marker (`регулирования ³`, `[ 8]`): that space is taken out on both sides.
    const withoutMarkerSpaces = (text: string) =>
      text.replace(/ (?=[⁰¹²³⁴⁵⁶⁷⁸⁹])/g, '').replaceAll('[ ', '[');
    for (const paragraph of graph.paragraphs(section))
      expect(withoutMarkerSpaces(content ?? '')).toContain(withoutMarkerSpaces(paragraph));
  });
});
