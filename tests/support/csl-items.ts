import type { CslItem } from '../../src/lib/open-data/csl';

// One CSL item of each kind, as the citation records build them, for the exports' unit tests.

/** A Kazakh law: form, number, date of adoption, official address, a note. */
export const LAW: CslItem = {
  id: 'kz-law-migration-2011',
  type: 'legislation',
  title: 'О миграции населения',
  genre: 'закон Республики Казахстан',
  number: '477-IV',
  issued: { 'date-parts': [[2011, 7, 22]] },
  URL: 'https://adilet.zan.kz/rus/docs/Z1100000477',
  language: 'ru',
  note: 'Примечание',
};

/** An international convention with its number. */
export const TREATY: CslItem = {
  id: 'ilo-c097',
  type: 'treaty',
  title: 'Конвенция МОТ № 97',
  number: '97',
  language: 'ru',
};

/** A journal article: authors, journal, issue, pages, DOI, publisher, a note, a date of access. */
export const ARTICLE: CslItem = {
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
  accessed: { 'date-parts': [[2025, 6, 12]] },
};

/** A report by an organisation: place, publisher, extent, year. */
export const REPORT: CslItem = {
  id: 'iom-2022',
  type: 'report',
  title: 'World Migration Report 2022',
  author: [{ literal: 'International Organization for Migration' }],
  publisher: 'IOM',
  'publisher-place': 'Geneva',
  'number-of-pages': '48',
  issued: { 'date-parts': [[2022]] },
};

/** A web page: its site, an address with tracking parameters and a fragment, a date of access. */
export const PAGE: CslItem = {
  id: 'mondaq',
  type: 'webpage',
  title: 'Labor Migration In Kazakhstan',
  author: [{ literal: 'Mondaq' }],
  publisher: 'Mondaq',
  URL: 'https://www.mondaq.com/x?utm_source=chatgpt.com&pos=24;-53#pos=24;-53',
  accessed: { 'date-parts': [[2025, 6, 12]] },
  language: 'en',
};
