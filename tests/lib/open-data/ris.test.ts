import { parse } from 'astrocite-ris';
import { describe, expect, test } from 'vitest';
import { ARTICLE, LAW, PAGE, REPORT, TREATY } from '../../support/csl-items';
import { toRis } from '../../../src/lib/open-data/ris';

/** The raw values of a tag in a RIS text. */
const tag = (ris: string, name: string): string[] =>
  [...ris.matchAll(new RegExp(`^${name}  - (.*)$`, 'gm'))].map(([, value = '']) => value);

describe('toRis', () => {
  test('types each kind as Zotero reads it: JOUR, RPRT, ELEC, and STAT for acts and treaties', () => {
    const ris = toRis([ARTICLE, REPORT, PAGE, LAW, TREATY]);
    expect(tag(ris, 'TY')).toEqual(['JOUR', 'RPRT', 'ELEC', 'STAT', 'STAT']);
    expect(parse(ris).map((item) => item.type)).toEqual([
      'article-journal',
      'report',
      'webpage',
      'legislation',
      'legislation',
    ]);
  });

  test('an act: its number in M1, its date in DA and PY, the address, language and note', () => {
    const ris = toRis([LAW]);
    expect(tag(ris, 'M1')).toEqual(['477-IV']);
    expect(tag(ris, 'DA')).toEqual(['2011/07/22/']);
    expect(tag(ris, 'PY')).toEqual(['2011']);
    expect(tag(ris, 'N1')).toEqual(['Примечание']);
    const [item] = parse(ris);
    expect(item).toMatchObject({
      title: 'О миграции населения',
      number: '477-IV',
      issued: { 'date-parts': [['2011', '07', '22']] },
      URL: LAW.URL,
      language: 'ru',
      note: 'Примечание',
    });
  });

  test('a journal article: authors, journal, issue, the page range split, DOI and access date', () => {
    const ris = toRis([ARTICLE]);
    expect(tag(ris, 'AU')).toEqual(['Хамзин, А.Ш.', 'Чаава, М. З.']);
    expect([tag(ris, 'SP'), tag(ris, 'EP')]).toEqual([['73'], ['81']]);
    expect(tag(ris, 'Y2')).toEqual(['2025/06/12/']);
    expect(tag(ris, 'DA')).toEqual([]);
    expect(parse(ris)[0]).toMatchObject({
      author: [
        { family: 'Хамзин', given: 'А.Ш.' },
        { family: 'Чаава', given: 'М. З.' },
      ],
      'container-title': 'Вестник КазНПУ им. Абая. Серия «Юриспруденция»',
      issue: '4 (74)',
      page: '73-81',
      DOI: '10.1/x',
    });
  });

  test('a report: institution and place; an organisation author stays whole', () => {
    expect(parse(toRis([REPORT]))[0]).toMatchObject({ publisher: 'IOM', 'publisher-place': 'Geneva' });
    expect(tag(toRis([PAGE]), 'AU')).toEqual(['Mondaq']);
  });

  test('IDs are the whole ids, so ids sharing their first 20 characters stay apart', () => {
    const ids = ['act-kz-concept-migration-2007-2015', 'act-kz-concept-migration-2023-2027'];
    const ris = toRis(ids.map((id) => ({ ...LAW, id })));
    expect(tag(ris, 'ID')).toEqual(ids);
  });

  test('records are closed by ER and kept apart by a blank line', () => {
    expect(toRis([TREATY, TREATY])).toBe(
      [
        'TY  - STAT',
        'ID  - ilo-c097',
        'TI  - Конвенция МОТ № 97',
        'M1  - 97',
        'LA  - ru',
        'ER  - ',
        '',
        'TY  - STAT',
        'ID  - ilo-c097',
        'TI  - Конвенция МОТ № 97',
        'M1  - 97',
        'LA  - ru',
        'ER  - ',
        '',
      ].join('\n'),
    );
  });

  test('a value that would break its line stops the export', () => {
    expect(() => toRis([{ ...LAW, title: 'О миграции\nнаселения' }])).toThrow(
      'RIS: kz-law-migration-2011 → title: a value must stay on one line',
    );
  });
});
