/**
 * The search-quality suite: queries people ask, with the pages a good answer leads to. Pages are
 * base-less paths (`norms/x/`); any one of `relevant` is a correct answer. `relevant: []` means
 * the query must find nothing (words that are not in the article).
 */
export interface QualityQuery {
  query: string;
  /** The UI language the search runs in. */
  ui?: 'ru' | 'kk' | 'en';
  relevant: string[];
}

const A = 'articles/moldakhmetova-2025/';
const RESULTS = `${A}results-and-discussion/`;

export const QUERIES: QualityQuery[] = [
  // Russian: terms and their word forms
  { query: 'квота', relevant: ['glossary/quota/', RESULTS, 'overview/'] },
  { query: 'квоты', relevant: ['glossary/quota/', RESULTS] },
  { query: 'квотирования', relevant: [RESULTS, 'glossary/quota/'] },
  { query: 'разрешение на работу', relevant: ['glossary/work-permit/', RESULTS] },
  { query: 'разрешений', relevant: ['glossary/work-permit/', RESULTS] },
  { query: 'кандас', relevant: ['glossary/kandas/'] },
  { query: 'оралманов', relevant: ['glossary/kandas/', RESULTS] },
  { query: 'дискриминация', relevant: ['glossary/discrimination/', `${A}introduction/`] },
  { query: 'нелегальная занятость', relevant: ['glossary/illegal-employment/', A] },
  { query: 'социальная защита', relevant: ['glossary/social-protection/', `${A}conclusion/`, RESULTS] },
  { query: 'трудовая миграция', relevant: ['glossary/labour-migration/', RESULTS] },
  // Russian: instruments by name
  { query: 'Конституция', relevant: ['norms/kz-constitution-1995/'] },
  { query: 'Конституция ст. 24', relevant: ['norms/kz-constitution-1995/'] },
  { query: 'Трудовой кодекс', relevant: ['norms/kz-labour-code-2015/'] },
  {
    query: 'закон о миграции населения',
    relevant: [
      'norms/kz-law-migration-2011/',
      'norms/kz-law-migration-1997/',
      'sources/act-kz-law-migration-2011/',
    ],
  },
  {
    query: 'Концепция миграционной политики 2023-2027',
    relevant: ['norms/kz-concept-migration-2023-2027/', 'sources/act-kz-concept-migration-2023-2027/'],
  },
  { query: 'Договор о Евразийском экономическом союзе', relevant: ['norms/eaeu-treaty-2014/'] },
  { query: 'Казахстан-2050', relevant: ['norms/kz-strategy-2050/'] },
  // Identifiers: act and convention numbers, the DOI, dates as written
  { query: '477-IV', relevant: ['norms/kz-law-migration-2011/', 'sources/act-kz-law-migration-2011/'] },
  {
    query: '961',
    relevant: ['norms/kz-concept-migration-2023-2027/', 'sources/act-kz-concept-migration-2023-2027/'],
  },
  {
    query: '399',
    relevant: ['norms/kz-concept-migration-2007-2015/', 'sources/act-kz-concept-migration-2007-2015/'],
  },
  { query: 'Указ № 88', relevant: ['norms/kz-decree-88-2011/', 'norms/kz-concept-migration-2007-2015/'] },
  { query: 'Конвенция № 97', relevant: ['norms/ilo-c097/'] },
  { query: 'C097', relevant: ['norms/ilo-c097/'] },
  { query: 'C143', relevant: ['norms/ilo-c143/'] },
  { query: '97', relevant: ['norms/ilo-c097/'] },
  { query: '143', relevant: ['norms/ilo-c143/'] },
  { query: 'источник 8', relevant: ['sources/shesteryakova-2017/'] },
  { query: '10.51889/2959-6181.2025.81.3.008', relevant: [A] },
  { query: '22 июля 2011', relevant: ['norms/kz-law-migration-2011/', 'sources/act-kz-law-migration-2011/'] },
  {
    query: '30 ноября 2022',
    relevant: ['norms/kz-concept-migration-2023-2027/', 'sources/act-kz-concept-migration-2023-2027/'],
  },
  // Figures
  { query: '17 425', relevant: ['statistics/arrivals-2022/'] },
  { query: '15 129', relevant: ['statistics/work-permit-holders-2023-05-01/'] },
  { query: '14 417', relevant: ['statistics/registered-labour-migrants-2023-04-01/'] },
  { query: '86,1', relevant: ['statistics/arrivals-2022-cis-share-86-1/'] },
  // Organisations and sources
  { query: 'МОМ', relevant: ['organizations/iom/'] },
  { query: 'Всемирный банк', relevant: ['organizations/world-bank/'] },
  { query: 'World Migration Report', relevant: ['sources/iom-world-migration-report-2022/'] },
  { query: 'Хамзин', relevant: ['sources/khamzin-buribaev-khamzina-2023/'] },
  { query: 'Hamzin', relevant: ['sources/khamzin-buribaev-khamzina-2023/'] },
  { query: 'Шестерякова', relevant: ['sources/shesteryakova-2017/'] },
  // Kazakh, from the Kazakh UI
  { query: 'көші-қон саясаты', ui: 'kk', relevant: [A, 'glossary/migration-policy/'] },
  { query: 'еңбек мигранттарының', ui: 'kk', relevant: [A, 'glossary/labour-migrant/'] },
  { query: 'ЕАЭО', ui: 'kk', relevant: ['glossary/eaeu/', A] },
  { query: 'кемсітушілік', ui: 'kk', relevant: ['glossary/discrimination/', A] },
  // Kazakh inflections the text does not contain: dative «-ға», accusative «-ны»
  { query: 'мигранттарға', ui: 'kk', relevant: ['glossary/labour-migrant/', A] },
  { query: 'квотаны', ui: 'kk', relevant: ['glossary/quota/'] },
  // English, from the English UI
  { query: 'labor rights', ui: 'en', relevant: [A, 'glossary/labour-rights/'] },
  { query: 'work permit', ui: 'en', relevant: ['glossary/work-permit/'] },
  {
    query: 'Eurasian Economic Union',
    ui: 'en',
    relevant: ['glossary/eaeu/', 'organizations/eaeu/', 'norms/eaeu-treaty-2014/', A],
  },
  // Must find nothing: not in the article (the last three are the previous article's references)
  { query: 'криптовалюта', relevant: [] },
  { query: 'Uber BV v Aslam', relevant: [] },
  { query: 'Prassl', relevant: [] },
  { query: 'gig economy', relevant: [] },
];
