import { describe, expect, test } from 'vitest';
import { findUnrenderedSections, renderedSections } from '../../../src/lib/graph/sections';
import { changed, fixtures, printed, SECTION, SECTION_FILE } from './fixtures';

describe('renderedSections', () => {
  test('holds what the Markdown plugin recorded of each section', async () => {
    const rendered = renderedSections((await fixtures()).sections);
    expect(rendered.get(SECTION)?.paragraphs).toEqual([
      'По Конституции каждый имеет право на труд¹.',
      'В 2022 году прибыло 17 425 лиц¹ [1].',
    ]);
    expect(rendered.get(SECTION)?.citations[0]).toEqual({
      paragraph: 1,
      target: { type: 'mention', collection: 'norms', id: 'demo-constitution' },
    });
  });

  test('leaves out a section that did not render', async () => {
    const collections = await changed((c) => delete c.sections[0]!.rendered);
    expect(renderedSections(collections.sections).size).toBe(0);
  });
});

describe('findUnrenderedSections', () => {
  test('finds none in the fixtures', async () => {
    expect(findUnrenderedSections((await fixtures()).sections)).toEqual([]);
  });

  test('names a section whose Markdown did not render', async () => {
    const collections = await changed((c) => delete c.sections[0]!.rendered);
    expect(printed(findUnrenderedSections(collections.sections))).toEqual([
      `${SECTION_FILE} → body: the Markdown did not render (see the error logged above)`,
    ]);
  });
});
