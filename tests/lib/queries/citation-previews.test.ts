import { expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph';
import { citationPreviews } from '../../../src/lib/queries/citation-previews';
import { fixtures, SECTION, withReading } from '../graph/fixtures';

test('citationPreviews gives one line per mentioned entity, in order of first mention', async () => {
  const { previews, readings } = citationPreviews(buildGraph(await fixtures()), [SECTION], 'en');
  expect(previews).toEqual([
    { key: 'norms/demo-constitution', text: expect.stringMatching(/^Constitution, .*1995 — /) },
    { key: 'statistics/demo-arrivals', text: '17 425: Arrivals in 2022 (2022)' },
  ]);
  expect(readings).toEqual([]);
});

test('citationPreviews adds, for a norm read into a shown paragraph, a preview naming the note there', async () => {
  const graph = buildGraph(await withReading());
  const { previews, readings } = citationPreviews(graph, [SECTION], 'en');
  expect(readings).toEqual([
    {
      key: 'norms/demo-constitution',
      at: 'introduction-p2',
      text: `${previews[0]?.text} (editors' reading: Note)`,
    },
  ]);
  expect(citationPreviews(graph, [], 'en')).toEqual({ previews: [], readings: [] });
});
