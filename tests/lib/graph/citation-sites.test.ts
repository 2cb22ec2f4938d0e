import { describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { placedNormSites, siteIndex, textCitationSites } from '../../../src/lib/graph/citation-sites';
import { idIndex } from '../../../src/lib/graph/collections';
import { numberIndex } from '../../../src/lib/graph/numbering';
import { renderedSections } from '../../../src/lib/graph/sections';
import type { CitationSite, KeyedSite } from '../../../src/lib/graph/types';
import { normPlaces } from '../../../src/lib/norm-places';
import { changed, fixtures, SECTION, withReading } from './fixtures';

const brief = (sites: KeyedSite[]) =>
  sites.map(([key, s]) => [key, s.paragraph, s.form, s.number, s.reading?.id]);

function textSites(c: Collections): KeyedSite[] {
  const context = { ids: idIndex(c), numbered: numberIndex(c.sources), places: normPlaces(c.norms) };
  return textCitationSites(c.sections, renderedSections(c.sections), context);
}

describe('textCitationSites', () => {
  test('files each citation and mention under what it cites, in reading order', async () => {
    expect(brief(textSites(await fixtures()))).toEqual([
      ['norms:demo-constitution', 1, 'mention', undefined, undefined],
      ['sources:demo-report', 1, 'footnote', 1, undefined],
      ['statistics:demo-arrivals', 2, 'mention', undefined, undefined],
      ['sources:demo-report', 2, 'footnote', 1, undefined],
      ['sources:demo-report', 2, 'reference', 1, undefined],
    ]);
  });

  test('a numbered citation of a legal act cites its norm too', async () => {
    const collections = await changed((c) => {
      c.sources[0]!.data = {
        ...c.sources[0]!.data,
        kind: 'legal-act',
        norm: { collection: 'norms', id: 'demo-constitution' },
      } as (typeof c.sources)[0]['data'];
    });
    expect(brief(textSites(collections))).toContainEqual([
      'norms:demo-constitution',
      2,
      'footnote',
      1,
      undefined,
    ]);
  });

  test('leaves out mentions of unknown entities and numbers no source prints', async () => {
    const collections = await changed((c) => {
      c.sources = [];
      c.statistics = [];
    });
    expect(brief(textSites(collections))).toEqual([
      ['norms:demo-constitution', 1, 'mention', undefined, undefined],
    ]);
  });
});

describe('placedNormSites', () => {
  test('cites a norm in every paragraph its quotes place it in, marking a reading with its note', async () => {
    const c = await withReading();
    const rendered = renderedSections(c.sections);
    const sites = placedNormSites(normPlaces(c.norms), idIndex(c), (s) => rendered.get(s)?.paragraphs ?? []);
    const byParagraph = sites.sort(([, a], [, b]) => a.paragraph - b.paragraph);
    expect(brief(byParagraph)).toEqual([
      ['norms:demo-constitution', 1, 'mention', undefined, undefined],
      ['norms:demo-constitution', 2, 'mention', undefined, 'demo-note'],
    ]);
    expect(byParagraph[1]?.[1].text).toBe('В 2022 году прибыло 17 425 лиц¹ [1].');
  });
});

describe('siteIndex', () => {
  test('keeps the first site per paragraph and orders each list by reading order', async () => {
    const [first, second] = (
      await changed((c) => {
        const next = structuredClone(c.sections[0]!);
        next.id = 'demo-2024/conclusion';
        c.sections.push(next);
      })
    ).sections;
    const site = (section: typeof first, paragraph: number, form: CitationSite['form']): KeyedSite => [
      'norms:x',
      { section: section!, paragraph, text: '', form },
    ];
    const index = siteIndex(
      [first!, second!],
      [
        site(second, 1, 'mention'),
        site(first, 2, 'footnote'),
        site(first, 2, 'mention'),
        site(first, 1, 'mention'),
      ],
    );
    expect(index.get('norms:x')?.map((s) => [s.section.id, s.paragraph, s.form])).toEqual([
      [SECTION, 1, 'mention'],
      [SECTION, 2, 'footnote'],
      ['demo-2024/conclusion', 1, 'mention'],
    ]);
  });
});
