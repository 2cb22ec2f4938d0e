import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { toBib, type BibDialect } from '../../../src/lib/open-data/bibtex';
import { ARTICLE, LAW, PAGE, REPORT, TREATY } from '../../support/csl-items';

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
        note: '№ 477-IV; Примечание',
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
