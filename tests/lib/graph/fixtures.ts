import type { Collections } from '../../../src/lib/content';
import { sortCollections } from '../../../src/lib/graph/collections';
import { loadContent } from '../../support/load-content';

let loaded: Promise<Collections> | undefined;

/** The fixture content (tests/fixtures/content), sorted as the graph sorts it; a fresh deep copy each call. */
export async function fixtures(): Promise<Collections> {
  loaded ??= loadContent('tests/fixtures/content').then(sortCollections);
  return structuredClone(await loaded);
}

/** A copy of the fixtures with one change applied. */
export async function changed(edit: (c: Collections) => void): Promise<Collections> {
  const copy = await fixtures();
  edit(copy);
  return copy;
}

/** Problems as the build prints them: `file → field: reason`. */
export const printed = (problems: { file: string; field: string; reason: string }[]): string[] =>
  problems.map((p) => `${p.file} → ${p.field}: ${p.reason}`);

export const SECTION_FILE = 'tests/fixtures/content/sections/demo-2024/introduction.md';
export const SECTION = 'demo-2024/introduction';

/** The fixtures with paragraph 2 read as the constitution, on the note's reasoning (the note is about the norm). */
export const withReading = () =>
  changed((c) => {
    c.norms[0]!.data.identifiedAs = [
      {
        text: 'В 2022 году',
        locator: { in: 'body', section: { collection: 'sections', id: SECTION }, paragraph: 2 },
        note: { collection: 'notes', id: 'demo-note' },
      },
    ];
  });

/** The address the fixture source prints, and the official one of the norm it names (see `declareUrlSlip`). */
export const SLIP_PRINTED_URL = 'https://example.org/report';
export const SLIP_OFFICIAL_URL = 'https://example.org/constitution';

/** The fixture source made a legal act whose printed address the fixture note records as another act's. */
export function declareUrlSlip(c: Collections): void {
  const [source, note, norm] = [c.sources[0]!, c.notes[0]!, c.norms[0]!];
  source.data = {
    ...source.data,
    kind: 'legal-act',
    norm: { collection: 'norms', id: norm.id },
    urlPointsToOtherAct: { collection: 'notes', id: note.id },
  };
  note.data.category = 'slip';
  note.data.about.sources = [{ collection: 'sources', id: source.id }];
  note.data.text = {
    ru: `Адрес ${SLIP_PRINTED_URL} ведёт на другой акт.`,
    kk: `${SLIP_PRINTED_URL} мекенжайы басқа актіге апарады.`,
    en: `The address ${SLIP_PRINTED_URL} is another act's.`,
  };
  norm.data.official.url = SLIP_OFFICIAL_URL;
}
