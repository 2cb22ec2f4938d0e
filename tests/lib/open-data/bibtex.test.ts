import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { toBib, type BibDialect } from '../../../src/lib/open-data/bibtex';
import type { CslItem } from '../../../src/lib/open-data/csl';

/** One item of each kind, as the records build them. */
const LAW: CslItem = {
  id: 'kz-law-migration-2011',
  type: 'legislation',
  title: 'О миграции населения',
  genre: 'закон Республики Казахстан',
  number: '477-IV',
  issued: { 'date-parts': [[2011, 7, 22]] },
  URL: 'https://adilet.zan.kz/rus/docs/Z1100000477',
  language: 'ru',
};
const TREATY: CslItem = { id: 'ilo-c097', type: 'treaty', title: 'Конвенция МОТ № 97', number: '97' };
const ARTICLE: CslItem = {
  id: 'khamzin-2023',
  type: 'article-journal',
  title: 'Нелегальная миграция',
  author: [
    { family: 'Хамзин', given: 'А.Ш.' },
    { family: 'Чаава', given: 'М. З.' },
  ],
  issued: { 'date-parts': [[2023]] },
  'container-title': 'Вестник КазНПУ им. Абая. Серия «Юриспруденция»',
  issue: '4 (74)',
  page: '73–81',
  publisher: 'КазНПУ',
  DOI: '10.1/x',
  note: 'раздел «Заключение»',
};
const REPORT: CslItem = {
  id: 'iom-2022',
  type: 'report',
  title: 'World Migration Report 2022',
  author: [{ literal: 'International Organization for Migration' }],
  publisher: 'IOM',
  'publisher-place': 'Geneva',
  'number-of-pages': '48',
  issued: { 'date-parts': [[2022]] },
};
const PAGE: CslItem = {
  id: 'mondaq',
  type: 'webpage',
  title: 'Labor Migration In Kazakhstan',
  publisher: 'Mondaq',
  URL: 'https://www.mondaq.com/x?utm_source=chatgpt.com&pos=24;-53#pos=24;-53',
  accessed: { 'date-parts': [[2025, 6, 12]] },
  language: 'en',
};

/** Entries as @retorquere/bibtex-parser reads them (no sentence-casing: the words must survive). */
function read(bib: string) {
  const library = parse(bib, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

describe('toBib', () => {
  test.each<[BibDialect, string[]]>([
    ['bibtex', ['article', 'techreport', 'online', 'misc', 'misc']],
    ['biblatex', ['article', 'report', 'online', 'misc', 'misc']],
  ])('%s: each kind as the entry type Zotero, JabRef and biber read', (dialect, types) => {
    const entries = read(toBib([ARTICLE, REPORT, PAGE, LAW, TREATY], dialect));
    expect(entries.map((entry) => entry.type)).toEqual(types);
    expect(entries.map((entry) => entry.key)).toEqual([
      'khamzin-2023',
      'iom-2022',
      'mondaq',
      'kz-law-migration-2011',
      'ilo-c097',
    ]);
  });

  test.each<BibDialect>(['bibtex', 'biblatex'])(
    '%s: an act keeps its number in number and in the note',
    (dialect) => {
      const [law, treaty] = read(toBib([LAW, TREATY], dialect));
      expect(law?.fields).toMatchObject({
        number: '477-IV',
        note: '№ 477-IV',
        type: 'закон Республики Казахстан',
      });
      expect(treaty?.fields).toMatchObject({ number: '97', note: '№ 97' });
    },
  );

  test('the date of enactment: year and month for BibTeX styles, the whole date in date', () => {
    expect(toBib([LAW], 'bibtex')).toContain('  year = {2011},\n  month = jul,\n  date = {2011-07-22},\n');
    expect(read(toBib([LAW], 'bibtex'))[0]?.fields).toMatchObject({
      year: '2011',
      month: '7',
      date: '2011-07-22',
    });
    expect(read(toBib([LAW], 'biblatex'))[0]?.fields).toMatchObject({ date: '2011-07-22' });
    expect(read(toBib([LAW], 'biblatex'))[0]?.fields['year']).toBeUndefined();
  });

  test('a journal article: journal (journaltitle in BibLaTeX), issue, page range, DOI and the note', () => {
    const [bibtex] = read(toBib([ARTICLE], 'bibtex'));
    expect(bibtex?.fields).toMatchObject({
      author: [
        { lastName: 'Хамзин', firstName: 'А.Ш.' },
        { lastName: 'Чаава', firstName: 'М. З.' },
      ],
      journal: 'Вестник КазНПУ им. Абая. Серия «Юриспруденция»',
      number: '4 (74)',
      pages: '73–81',
      doi: '10.1/x',
      note: 'раздел «Заключение»',
    });
    expect(toBib([ARTICLE], 'bibtex')).toContain('  pages = {73--81},\n');
    expect(bibtex?.fields['publisher']).toBeUndefined();
    expect(read(toBib([ARTICLE], 'biblatex'))[0]?.fields['journaltitle']).toBe(ARTICLE['container-title']);
  });

  test('a report: institution, place, extent; an organisation author is one name', () => {
    const [bibtex] = read(toBib([REPORT], 'bibtex'));
    expect(bibtex?.fields).toMatchObject({ institution: ['IOM'], address: 'Geneva', pagetotal: '48' });
    expect(bibtex?.fields['author']).toEqual([{ name: 'International Organization for Migration' }]);
    expect(read(toBib([REPORT], 'biblatex'))[0]?.fields).toMatchObject({ location: ['Geneva'] });
  });

  test('a web page: the organisation, the address verbatim, the access date, the language', () => {
    const [biblatex] = read(toBib([PAGE], 'biblatex'));
    expect(biblatex?.fields).toMatchObject({
      organization: ['Mondaq'],
      url: PAGE.URL,
      urldate: '2025-06-12',
      language: 'en',
      langid: 'english',
    });
  });

  test('LaTeX special characters in text are escaped and read back as written', () => {
    const title = '50% & more: a_b #1 {x} ~ ^ \\';
    const bib = toBib([{ ...LAW, title }], 'bibtex');
    expect(bib).toContain(
      'title = {50\\% \\& more: a\\_b \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}},',
    );
    expect(read(bib)[0]?.fields['title']).toBe(title);
  });

  test('an address with a brace or a space, or an id that cannot be a key, stops the export', () => {
    expect(() => toBib([{ ...LAW, URL: 'https://x.org/{a}' }], 'bibtex')).toThrow(
      'BibTeX: kz-law-migration-2011 → url: «https://x.org/{a}» holds a brace or a space',
    );
    expect(() => toBib([{ ...LAW, id: 'a,b' }], 'biblatex')).toThrow(
      'BibTeX: a,b → id: not a valid citation key',
    );
  });
});
