import { describe, expect, test } from 'vitest';
import { idIndex } from '../../../src/lib/graph/collections';
import { numberIndex } from '../../../src/lib/graph/numbering';
import { mentionIndex, sectionSourcesIndex } from '../../../src/lib/graph/section-citations';
import { renderedSections } from '../../../src/lib/graph/sections';
import { changed, fixtures, SECTION } from './fixtures';

describe('sectionSourcesIndex', () => {
  test('lists the footnotes and references a section cites, each once', async () => {
    const c = await fixtures();
    const cited = sectionSourcesIndex(c.sections, renderedSections(c.sections), numberIndex(c.sources));
    expect(cited.get(SECTION)?.footnotes.map((f) => [f.number, f.source.id])).toEqual([[1, 'demo-report']]);
    expect(cited.get(SECTION)?.references.map((r) => r.number)).toEqual([1]);
  });

  test('leaves out numbers no source prints', async () => {
    const c = await changed((c) => {
      c.sources = [];
    });
    const cited = sectionSourcesIndex(c.sections, renderedSections(c.sections), numberIndex(c.sources));
    expect(cited.get(SECTION)).toEqual({ footnotes: [], references: [] });
  });
});

describe('mentionIndex', () => {
  test('lists the entities a section mentions, in order of first mention', async () => {
    const c = await fixtures();
    expect(mentionIndex(c.sections, renderedSections(c.sections), idIndex(c)).get(SECTION)).toEqual([
      { collection: 'norms', id: 'demo-constitution' },
      { collection: 'statistics', id: 'demo-arrivals' },
    ]);
  });

  test('leaves out unknown entities', async () => {
    const c = await changed((c) => {
      c.norms = [];
    });
    expect(mentionIndex(c.sections, renderedSections(c.sections), idIndex(c)).get(SECTION)).toEqual([
      { collection: 'statistics', id: 'demo-arrivals' },
    ]);
  });
});
