import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { beforeAll, describe, expect, test } from 'vitest';
import type { RecordTarget } from '../../../src/lib/cite';
import { citeFileFormat, publishedRecord, recordTargets } from '../../../src/lib/cite/files';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import type { CslItem } from '../../../src/lib/open-data/csl';
import { loadContent } from '../../support/load-content';

/**
 * Every citation record in every download format, read back by parsers that share no code with the
 * writers (astrocite-ris, @retorquere/bibtex-parser): each kind arrives as the type Zotero's RIS
 * and BibTeX translators make the right item of, acts keep their number, and no two records share
 * an ID or a key.
 */

/** What a record is, for the types it must take: a Kazakh act and a treaty are both acts. */
type Kind = 'journal-article' | 'report' | 'web-page' | 'act';

/** The types each kind must take, written out from Zotero's translators (RIS.js, BibTeX.js). */
const EXPECTED: Record<Kind, { ty: string; csl: string; bibtex: string }> = {
  'journal-article': { ty: 'JOUR', csl: 'article-journal', bibtex: 'article' },
  report: { ty: 'RPRT', csl: 'report', bibtex: 'techreport' },
  'web-page': { ty: 'ELEC', csl: 'webpage', bibtex: 'online' },
  act: { ty: 'STAT', csl: 'legislation', bibtex: 'misc' },
};

const ROOT = new URL('https://example.org/');
const VERIFIED = 'https://adilet.zan.kz/rus/docs/P2200000961';
const PRINTED = 'https://adilet.zan.kz/rus/docs/Z1100000477';

let graph: Graph;
let records: { target: RecordTarget; item: CslItem; ris: string; bib: string }[];
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
  records = recordTargets(graph).map((target) => {
    const item = publishedRecord(graph, target, ROOT);
    return { target, item, ris: citeFileFormat('ris').render(item), bib: citeFileFormat('bib').render(item) };
  });
});

function kindOf({ collection, id }: RecordTarget): Kind {
  if (collection === 'norms') return 'act';
  if (collection !== 'sources') return 'journal-article';
  const { kind } = graph.entry('sources', id).data;
  return kind === 'legal-act' ? 'act' : kind;
}

/** The act's number, from its norm (a legal-act source's is its norm's). */
function actNumber({ collection, id }: RecordTarget): string | null {
  if (collection === 'norms') return graph.entry('norms', id).data.official.number;
  if (collection !== 'sources') return null;
  const source = graph.entry('sources', id).data;
  return source.kind === 'legal-act' ? graph.entry('norms', source.norm.id).data.official.number : null;
}

/** The raw values of a tag in a RIS text. */
const risTag = (ris: string, tag: string): string[] =>
  [...ris.matchAll(new RegExp(`^${tag}  - (.*)$`, 'gm'))].map(([, value = '']) => value);

/** The one entry of a record's BibTeX file, as @retorquere/bibtex-parser reads it. */
function bibEntry(bib: string) {
  const library = parseBibtex(bib, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0] ?? { key: '', type: '', fields: {} as Record<string, unknown> };
}

describe('every record in every format', () => {
  test('covers every kind', () => {
    expect(new Set(records.map(({ target }) => kindOf(target)))).toEqual(new Set(Object.keys(EXPECTED)));
  });

  test('RIS: the TY of its kind (STAT for every act and treaty), read back as its CSL type', () => {
    for (const { target, ris } of records) {
      const { ty, csl } = EXPECTED[kindOf(target)];
      expect(risTag(ris, 'TY'), target.id).toEqual([ty]);
      expect(
        parseRis(ris).map((item) => item.type),
        target.id,
      ).toEqual([csl]);
    }
  });

  test('BibTeX: the entry type of its kind, keyed by the id', () => {
    for (const { target, bib } of records) {
      const entry = bibEntry(bib);
      expect(entry.type, target.id).toBe(EXPECTED[kindOf(target)].bibtex);
      expect(entry.key, target.id).toBe(target.id);
    }
  });

  test('an act keeps its number: RIS M1, BibTeX number and note', () => {
    const numbered = records.filter(({ target }) => actNumber(target) !== null);
    expect(numbered.length).toBeGreaterThan(5);
    for (const { target, ris, bib } of numbered) {
      const number = actNumber(target) ?? '';
      expect(risTag(ris, 'M1'), target.id).toEqual([number]);
      expect(parseRis(ris)[0]?.['number'], target.id).toBe(number);
      const { fields } = bibEntry(bib);
      expect(fields['number'], target.id).toBe(number);
      expect(fields['note'], target.id).toContain(`№ ${number}`);
    }
  });

  test('an act’s date of enactment reaches RIS DA and BibTeX date', () => {
    const law = records.find(({ target }) => target.id === 'kz-law-migration-2011');
    expect(risTag(law?.ris ?? '', 'DA')).toEqual(['2011/07/22/']);
    expect(bibEntry(law?.bib ?? '').fields['date']).toBe('2011-07-22');
  });

  test('no two records share a RIS ID or a BibTeX key, and none is cut', () => {
    const ids = records.map(({ ris }) => risTag(ris, 'ID')[0]);
    const keys = records.map(({ bib }) => bibEntry(bib).key);
    expect(new Set(ids).size).toBe(records.length);
    expect(new Set(keys).size).toBe(records.length);
    expect(ids).toEqual(records.map(({ target }) => target.id));
    expect(ids).toContain('act-kz-concept-migration-2023-2027');
  });
});

describe('a printed address an editorial note gives to another act', () => {
  test('every such source’s records carry its norm’s official address and the printed one in the note', () => {
    const slipped = graph.collections.sources.filter(
      (s) => s.data.kind === 'legal-act' && s.data.urlPointsToOtherAct !== undefined,
    );
    expect(slipped.map((s) => s.id)).toEqual(['act-kz-concept-migration-2023-2027']);
    for (const source of slipped) {
      const record = records.find(({ target }) => target.collection === 'sources' && target.id === source.id);
      const printed = source.data.url ?? '';
      expect(record?.item.URL).not.toBe(printed);
      expect(record?.item.note).toContain(printed);
    }
  });

  test('the 2023–2027 Concept: the verified P2200000961 in every format, Z1100000477 only in the note', () => {
    const record = records.find(({ target }) => target.id === 'act-kz-concept-migration-2023-2027');
    const json = JSON.parse(citeFileFormat('json').render(record?.item as CslItem)) as CslItem[];
    expect(json[0]).toMatchObject({ URL: VERIFIED, note: expect.stringContaining(PRINTED) });
    expect(risTag(record?.ris ?? '', 'UR')).toEqual([VERIFIED]);
    expect(risTag(record?.ris ?? '', 'N1')[0]).toContain(PRINTED);
    const { fields } = bibEntry(record?.bib ?? '');
    expect(fields['url']).toBe(VERIFIED);
    expect(fields['note']).toContain(PRINTED);
  });

  test('no record other than the 2011 Law’s own carries its address', () => {
    for (const { target, ris, bib } of records) {
      if (target.collection === 'norms' && target.id === 'kz-law-migration-2011') continue;
      expect(risTag(ris, 'UR'), target.id).not.toContain(PRINTED);
      expect(bibEntry(bib).fields['url'], target.id).not.toBe(PRINTED);
    }
  });
});
