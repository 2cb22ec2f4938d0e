import type { CslItem } from './csl';

/**
 * RIS, written here rather than by citation-js: its plugin types a statute `LEGAL` (which Zotero
 * imports as a case), writes a treaty as `GEN`, puts an act's number in `SN`, cuts `ID` at 20
 * characters and wraps long values. The tags below are the ones Zotero's RIS translator
 * (zotero/translators, RIS.js) reads into the fields meant, and the RIS specification names.
 */

/** One line of a record: a two-character tag and its value. */
type RisLine = readonly [tag: string, value: string];

/**
 * The RIS type of each CSL type, as RIS.js reads it back: `JOUR` is a journal article, `RPRT` a
 * report, `ELEC` a web page (RIS.js's own export type for `webpage`, so its import map holds it;
 * EndNote's `WEB` reads the same but is not in the specification), and `STAT` a statute. Zotero
 * has no treaty type, so a treaty is a statute as well; `LEGAL` would read as a court case.
 */
const RIS_TYPES = {
  'article-journal': 'JOUR',
  report: 'RPRT',
  webpage: 'ELEC',
  legislation: 'STAT',
  treaty: 'STAT',
} as const satisfies Record<CslItem['type'], string>;

/** `[[2011, 7, 22]]` → `2011/07/22/`, the specification's `YYYY/MM/DD/other` (RIS.js reads it). */
function risDate([parts]: NonNullable<CslItem['issued']>['date-parts']): string {
  const [year, month, day] = parts.map((part) => String(part).padStart(2, '0'));
  return `${year}/${month ?? ''}/${day ?? ''}/`;
}

/** A page range split into its first and last page (`SP`, `EP`). */
function pageLines(page: string): RisLine[] {
  const [first = page, last] = page.split(/\s*[-–]\s*/u);
  return last === undefined
    ? [['SP', first]]
    : [
        ['SP', first],
        ['EP', last],
      ];
}

/** How each CSL variable is written; a variable RIS has no tag for says why it is left out. */
const WRITERS: { [Key in keyof CslItem]-?: (value: NonNullable<CslItem[Key]>) => RisLine[] } = {
  // TY opens the record and is written before the rest.
  type: () => [],
  // The whole id, never cut: ids are unique across the records, and so are the RIS IDs.
  id: (id) => [['ID', id]],
  // RIS.js: TI is a statute's nameOfAct and every other type's title.
  title: (title) => [['TI', title]],
  // RIS.js splits at the first comma: «Хамзин, А.Ш.»; a name without one is an organisation's.
  author: (names) =>
    names.map((name): RisLine => ['AU', 'literal' in name ? name.literal : `${name.family}, ${name.given}`]),
  // RIS.js: DA is a statute's dateEnacted and every other type's date; PY the year, a fallback.
  issued: (date) => [
    ['PY', String(date['date-parts'][0][0])],
    ...(date['date-parts'][0].length > 1 ? [['DA', risDate(date['date-parts'])] as const] : []),
  ],
  // RIS.js: T2 is a journal article's publicationTitle and a web page's websiteTitle.
  'container-title': (title) => [['T2', title]],
  volume: (volume) => [['VL', volume]],
  issue: (issue) => [['IS', issue]],
  page: pageLines,
  // RIS.js reads SP as a report's page range, not its extent: the count stays in CSL-JSON.
  'number-of-pages': () => [],
  // RIS.js: M1 is a statute's publicLawNumber (the act's number).
  number: (number) => [['M1', number]],
  // Zotero's statute has no field for the form of the act (RIS.js maps no tag to one).
  genre: () => [],
  // A section's heading is in its note (N1), which every reader keeps.
  section: () => [],
  // RIS.js: N1 becomes a note attached to the item.
  note: (note) => [['N1', note]],
  DOI: (doi) => [['DO', doi]],
  // RIS.js: PB is a report's institution and every other type's publisher.
  publisher: (publisher) => [['PB', publisher]],
  'publisher-place': (place) => [['CY', place]],
  URL: (url) => [['UR', url]],
  accessed: (date) => [['Y2', risDate(date['date-parts'])]],
  language: (language) => [['LA', language]],
};

/** One record's lines, TY first and ER last; a value that would break its line throws. */
function recordLines(item: CslItem): RisLine[] {
  const lines: RisLine[] = [['TY', RIS_TYPES[item.type]]];
  for (const key of Object.keys(WRITERS) as (keyof CslItem)[]) {
    const value = item[key];
    if (value === undefined) continue;
    const write = WRITERS[key] as (value: unknown) => RisLine[];
    for (const line of write(value)) {
      if (/[\r\n]/.test(line[1])) throw new Error(`RIS: ${item.id} → ${key}: a value must stay on one line`);
      lines.push(line);
    }
  }
  lines.push(['ER', '']);
  return lines;
}

/** Items as RIS records (`TAG  - value` lines, `ER  - ` closing each), a blank line between them. */
export function toRis(items: CslItem[]): string {
  const records = items.map((item) =>
    recordLines(item)
      .map(([tag, value]) => `${tag}  - ${value}`)
      .join('\n'),
  );
  return `${records.join('\n\n')}\n`;
}
