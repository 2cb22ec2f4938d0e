import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../../scripts/bench/site-build';
import { generateCorpus } from '../../scripts/generate-corpus';
import { buildGraph } from '../../src/lib/graph';
import { loadContent } from '../support/load-content';

const root = mkdtempSync(join(tmpdir(), 'corpus-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generateCorpus', () => {
  const folder = join(root, 'two');
  generateCorpus(2, folder);

  test('writes content the schemas accept and the graph checks pass (quotes verbatim at their locators)', async () => {
    const graph = buildGraph(await loadContent(folder));
    expect(graph.collections.articles.map((a) => a.id)).toEqual(['synthetic-1', 'synthetic-2']);
    expect(graph.sections('synthetic-2')).toHaveLength(2);
    // Eight norms per article and the shared one; six figures, eight sources, four bodies each.
    expect(graph.collections.norms).toHaveLength(7);
    expect(graph.collections.statistics).toHaveLength(4);
    expect(graph.collections.sources).toHaveLength(8);
    expect(graph.collections.organizations).toHaveLength(5);
  });

  test('cross-references like the real article: footnotes, references, mentions, a shared norm', async () => {
    const graph = buildGraph(await loadContent(folder));
    expect(graph.footnotes('synthetic-1').map((f) => f.number)).toEqual([1, 2]);
    expect(graph.references('synthetic-1').map((r) => r.number)).toEqual([1, 2]);
    const shared = graph.citedIn('norms', 'synthetic-shared-constitution');
    expect(shared.map((site) => site.section.id)).toEqual(['synthetic-1/section-1', 'synthetic-2/section-1']);
    expect(graph.citedIn('sources', 'synthetic-1-reference-2').length).toBeGreaterThan(1);
    expect(graph.related('norms', 'synthetic-1-norm-0').length).toBeGreaterThan(0);
    expect(graph.citedIn('glossary', 'labour-rights')).toHaveLength(2);
  });

  test('writes the same corpus for the same N', () => {
    const again = join(root, 'again');
    generateCorpus(2, again);
    const files = filesUnder(folder).sort();
    expect(filesUnder(again).sort()).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(folder, file), 'utf8'));
  });

  test('refuses a count that is not a positive integer', () => {
    expect(() => generateCorpus(0, join(root, 'none'))).toThrow('N must be a positive integer');
  });
});
