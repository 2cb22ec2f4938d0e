import type { Lang } from '../../schemas/common';
import type { CslItem } from './csl';

/**
 * BibTeX and BibLaTeX, written here rather than by citation-js: its plugin writes a statute as
 * `@misc` without its number (BibTeX) or as `@legislation` (BibLaTeX), a treaty as `@legal`, and
 * drops Cyrillic unless switched to Unicode. Files are UTF-8, which biber, JabRef and Zotero read;
 * LaTeX's special characters are escaped in text and refused in the verbatim fields.
 */

/** The two dialects: classic BibTeX (the per-record `.bib`) and BibLaTeX (`data/sources.bib`). */
export type BibDialect = 'bibtex' | 'biblatex';

/**
 * The entry type of each CSL type, per dialect. Zotero's BibTeX translator (zotero/translators,
 * BibTeX.js, which imports both dialects) maps no entry type to a statute: `@legislation` reads as
 * a bill, `@jurisdiction` as a case, and its own export writes a statute as `@misc`. An act is
 * therefore `@misc`, which every reader takes as a generic document with its title and date, and
 * keeps its number twice: in `number`, which JabRef shows and biber reads, and in `note` as
 * «№ 477-IV», which biblatex's styles print and Zotero keeps as a note (BibTeX.js reads `number` as
 * a report's, a book's or a patent's number and otherwise as the issue, which a document lacks).
 * A report is `@techreport` / `@report`, both read as a report with its institution. A web page is `@online` in both dialects: BibTeX.js reads
 * it as a web page, biber and JabRef know it, and classic BibTeX styles fall back to `@misc`.
 */
const BIB_TYPES = {
  'article-journal': { bibtex: 'article', biblatex: 'article' },
  report: { bibtex: 'techreport', biblatex: 'report' },
  webpage: { bibtex: 'online', biblatex: 'online' },
  legislation: { bibtex: 'misc', biblatex: 'misc' },
  treaty: { bibtex: 'misc', biblatex: 'misc' },
} as const satisfies Record<CslItem['type'], Record<BibDialect, string>>;

/** BibLaTeX's `langid`, the babel/polyglossia name that sets hyphenation. */
const LANGID: Readonly<Record<Lang, string>> = { ru: 'russian', kk: 'kazakh', en: 'english' };

/** BibTeX's month macros, January first. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LaTeX's special characters in text, and how a text field writes them. */
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text with LaTeX's special characters escaped. */
const escape = (value: string): string => value.replace(/[\\{}&%$#_~^]/g, (c) => ESCAPES[c] ?? c);

/** A text field's value: escaped, in braces. */
const text = (value: string): string => `{${escape(value)}}`;

/** A field: its name and its value as written (braced, or a month macro). */
type Field = readonly [name: string, value: string];

/** A date as ISO 8601 (`2011-07-22`, `2022`), BibLaTeX's `date`. */
function isoDate([parts]: NonNullable<CslItem['issued']>['date-parts']): string {
  return parts.map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/** An entry's fields in the dialect, each value written out (braced, escaped or a macro). */
function fields(item: CslItem, dialect: BibDialect): Field[] {
  const out: Field[] = [];
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined) out.push([name, text(value)]);
  };
  const verbatim = (name: string, value: string | undefined) => {
    if (value === undefined) return;
    if (/[{}\s]/.test(value))
      throw new Error(`BibTeX: ${item.id} → ${name}: «${value}» holds a brace or a space`);
    out.push([name, `{${value}}`]);
  };
  // A name is «family, given»; an organisation's is braced whole, so no reader splits it.
  const names = item.author?.map((name) =>
    'literal' in name ? `{${escape(name.literal)}}` : `${escape(name.family)}, ${escape(name.given)}`,
  );
  if (names) out.push(['author', `{${names.join(' and ')}}`]);
  add('title', item.title);
  if (item.issued) {
    const parts = item.issued['date-parts'][0];
    if (dialect === 'bibtex') {
      add('year', String(parts[0]));
      if (parts[1] !== undefined) out.push(['month', MONTHS[parts[1] - 1] ?? String(parts[1])]);
    }
    // `date` carries the day (an act's date of enactment); BibTeX.js, JabRef and biber read it.
    if (dialect === 'biblatex' || parts.length > 1) add('date', isoDate(item.issued['date-parts']));
  }
  add(dialect === 'bibtex' ? 'journal' : 'journaltitle', item['container-title']);
  add('volume', item.volume);
  add('number', item.issue ?? item.number);
  add('pages', item.page?.replace(/\s*[-–]\s*/u, '--'));
  add('pagetotal', item['number-of-pages']);
  add('type', item.genre);
  // A report's publisher is its institution, a web page's the organisation behind it; a journal
  // article's has no field in `@article` (the journal names it) and stays in CSL-JSON.
  if (item.type === 'report') add('institution', item.publisher);
  if (item.type === 'webpage') add('organization', item.publisher);
  add(dialect === 'bibtex' ? 'address' : 'location', item['publisher-place']);
  // The act's number goes in the note too, the field every reader keeps (see BIB_TYPES).
  const note = [item.number === undefined ? undefined : `№ ${item.number}`, item.note].filter(
    (n) => n !== undefined,
  );
  if (note.length > 0) add('note', note.join('; '));
  verbatim('doi', item.DOI);
  verbatim('url', item.URL);
  if (item.accessed) add('urldate', isoDate(item.accessed['date-parts']));
  if (item.language) {
    add('language', item.language);
    if (dialect === 'biblatex') add('langid', LANGID[item.language]);
  }
  return out;
}

/** One entry: `@type{key,` then a field a line. The key is the id, refused where it holds a separator. */
function entry(item: CslItem, dialect: BibDialect): string {
  if (/[\s,{}()"#%'=\\~]/.test(item.id)) throw new Error(`BibTeX: ${item.id} → id: not a valid citation key`);
  const body = fields(item, dialect).map(([name, value]) => `  ${name} = ${value},`);
  return [`@${BIB_TYPES[item.type][dialect]}{${item.id},`, ...body, '}'].join('\n');
}

/** Items as BibTeX or BibLaTeX entries, keyed by their ids, a blank line between them. */
export function toBib(items: CslItem[], dialect: BibDialect): string {
  return `${items.map((item) => entry(item, dialect)).join('\n\n')}\n`;
}
