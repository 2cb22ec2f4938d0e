import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import {
  articleParagraphs,
  citedBy,
  entityParagraphs,
  sectionParagraphs,
  type PrintSources,
} from '../../../src/lib/print/cited';
import { loadContent } from '../../support/load-content';

const SECTION = 'demo-2024/introduction';
const keys = (sources: PrintSources) => ({
  footnotes: sources.footnotes.map((i) => [i.key, i.citedIn]),
  references: sources.references.map((i) => [i.key, i.citedIn]),
  norms: sources.norms.map((i) => [i.key, i.citedIn]),
  statistics: sources.statistics.map((i) => [i.key, i.citedIn]),
});

describe('what a printed text cites (fixtures)', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await loadContent('tests/fixtures/content'));
  });

  test('a whole section: every footnote, reference, norm and figure, with the paragraphs citing it', () => {
    expect(keys(citedBy(graph, sectionParagraphs(graph, SECTION)))).toEqual({
      footnotes: [['footnote:demo-2024:1', ['introduction-p1', 'introduction-p2']]],
      // Paragraph 2 cites the same source twice (footnote 1 and reference 1): both are listed.
      references: [['reference:demo-2024:1', ['introduction-p2']]],
      norms: [['norms:demo-constitution', ['introduction-p1']]],
      statistics: [['statistics:demo-arrivals', ['introduction-p2']]],
    });
  });

  test('one paragraph: only what that paragraph cites', () => {
    expect(keys(citedBy(graph, [{ section: SECTION, paragraph: 1 }]))).toEqual({
      footnotes: [['footnote:demo-2024:1', ['introduction-p1']]],
      references: [],
      norms: [['norms:demo-constitution', ['introduction-p1']]],
      statistics: [],
    });
  });

  test('no paragraphs cite nothing', () => {
    expect(keys(citedBy(graph, []))).toEqual({ footnotes: [], references: [], norms: [], statistics: [] });
  });

  test('an entry quotes the paragraphs citing it; a note, the paragraphs it is about', () => {
    expect(entityParagraphs(graph, 'norms', 'demo-constitution')).toEqual([
      { section: SECTION, paragraph: 1 },
    ]);
    expect(entityParagraphs(graph, 'notes', 'demo-note')).toEqual([{ section: SECTION, paragraph: 2 }]);
    expect(articleParagraphs(graph, 'demo-2024')).toEqual(sectionParagraphs(graph, SECTION));
  });
});

describe('what each section of the article cites', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await loadContent('content'));
  });

  test('a section prints exactly the footnotes and references its page lists', () => {
    for (const section of graph.collections.sections) {
      const printed = citedBy(graph, sectionParagraphs(graph, section.id));
      const listed = graph.citedBySection(section.id);
      expect(
        printed.footnotes.map((i) => i.item.number),
        section.id,
      ).toEqual(listed.footnotes.map((f) => f.number));
      expect(
        printed.references.map((i) => i.item.number),
        section.id,
      ).toEqual(listed.references.map((r) => r.number));
    }
  });

  test('a section prints every norm and figure it mentions', () => {
    for (const section of graph.collections.sections) {
      const printed = citedBy(graph, sectionParagraphs(graph, section.id));
      const mentioned = graph
        .mentionsIn(section.id)
        .filter((m) => m.collection !== 'organizations')
        .map((m) => `${m.collection}:${m.id}`);
      const keysPrinted = [...printed.norms, ...printed.statistics].map((i) => i.key);
      expect(keysPrinted, section.id).toEqual(expect.arrayContaining(mentioned));
    }
  });

  test('the introduction prints the ILO and UN conventions its paragraph 4 is read as, marked as a reading', () => {
    const printed = citedBy(graph, sectionParagraphs(graph, 'moldakhmetova-2025/introduction'));
    const readings = printed.norms
      .filter((i) => i.readingIn.length > 0)
      .map((i) => [i.key, i.readingIn.map((r) => r.paragraph)]);
    expect(readings).toEqual([
      ['norms:ilo-c097', [4]],
      ['norms:ilo-c143', [4]],
      ['norms:un-icrmw-1990', [4]],
    ]);
    // The Concept it names in paragraph 6 is cited, not read.
    expect(printed.norms.find((i) => i.key === 'norms:kz-concept-migration-2023-2027')?.readingIn).toEqual(
      [],
    );
  });

  test('the whole article cites every footnote and reference once', () => {
    const article = graph.collections.articles[0]?.id ?? '';
    const printed = citedBy(graph, articleParagraphs(graph, article));
    expect(printed.footnotes.map((i) => i.item.number)).toEqual(
      graph.footnotes(article).map((f) => f.number),
    );
    expect(new Set(printed.references.map((i) => i.key)).size).toBe(printed.references.length);
  });
});
