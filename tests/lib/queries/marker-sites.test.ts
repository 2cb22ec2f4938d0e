import { expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph';
import { markerSites } from '../../../src/lib/queries/marker-sites';
import { fixtures, SECTION } from '../graph/fixtures';

test('markerSites lists each marker of a footnote or reference, by number, in reading order', async () => {
  const graph = buildGraph(await fixtures());
  const sections = graph.sections('demo-2024');
  const where = (list: 'footnotes' | 'references') =>
    [...markerSites(graph, sections, list)].map(([number, sites]) => [
      number,
      sites.map((site) => [site.section.id, site.paragraph, site.marker]),
    ]);
  expect(where('footnotes')).toEqual([
    [
      1,
      [
        [SECTION, 1, 'introduction-p1-fnref-1'],
        [SECTION, 2, 'introduction-p2-fnref-1'],
      ],
    ],
  ]);
  expect(where('references')).toEqual([[1, [[SECTION, 2, 'introduction-p2-citeref-1']]]]);
  expect(markerSites(graph, [], 'footnotes').size).toBe(0);
});
