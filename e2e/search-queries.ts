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
  { query: 'квот', relevant: ['glossary/quota/', RESULTS] },
  { query: 'квотами', relevant: ['glossary/quota/', RESULTS] },
  { query: 'квотирования', relevant: [RESULTS, 'glossary/quota/'] },
  { query: 'разрешение на работу', relevant: ['glossary/work-permit/', RESULTS] },
  { query: 'разрешений', relevant: ['glossary/work-permit/', RESULTS] },
  { query: 'кандас', relevant: ['glossary/kandas/'] },
  { query: 'оралманов', relevant: ['glossary/kandas/', RESULTS] },
  { query: 'дискриминация', relevant: ['glossary/discrimination/', `${A}introduction/`] },
  { query: 'нелегальная занятость', relevant: ['glossary/illegal-employment/', A] },
  {
    query: 'социальная защита',
    relevant: [
      'glossary/social-protection/',
      `${A}conclusion/`,
      RESULTS,
      'organizations/kz-ministry-of-labour/',
    ],
  },
  { query: 'трудовая миграция', relevant: ['glossary/labour-migration/', RESULTS, A] },
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
  { query: '15129', relevant: ['statistics/work-permit-holders-2023-05-01/'] },
  { query: '14 417', relevant: ['statistics/registered-labour-migrants-2023-04-01/'] },
  { query: '86,1', relevant: ['statistics/arrivals-2022-cis-share-86-1/'] },
  // Organisations and sources
  { query: 'МОМ', relevant: ['organizations/iom/'] },
  { query: 'Всемирный банк', relevant: ['organizations/world-bank/'] },
  { query: 'World Migration Report', relevant: ['sources/iom-world-migration-report-2022/'] },
  { query: 'Хамзин', relevant: ['sources/khamzin-buribaev-khamzina-2023/'] },
  { query: 'Hamzin', relevant: ['sources/khamzin-buribaev-khamzina-2023/'] },
  { query: 'Шестерякова', relevant: ['sources/shesteryakova-2017/'] },
  // Kazakh, from the Kazakh UI: the article's Kazakh words, inflected forms it does not contain
  // (dative «-ға», accusative «-ны», plural, genitive), and names of the instruments in Kazakh
  { query: 'көші-қон саясаты', ui: 'kk', relevant: [A, 'glossary/migration-policy/'] },
  {
    query: 'еңбек мигранттарының',
    ui: 'kk',
    relevant: [A, 'glossary/labour-migrant/', 'statistics/registered-labour-migrants-2023-04-01/'],
  },
  {
    query: 'ЕАЭО',
    ui: 'kk',
    relevant: ['glossary/eaeu/', A, 'organizations/eaeu/', 'norms/eaeu-treaty-2014/'],
  },
  { query: 'кемсітушілік', ui: 'kk', relevant: ['glossary/discrimination/', A, `${A}introduction/`] },
  {
    query: 'мигранттарға',
    ui: 'kk',
    relevant: ['glossary/labour-migrant/', A, 'statistics/registered-labour-migrants-2023-04-01/'],
  },
  {
    query: 'мигранттардың',
    ui: 'kk',
    relevant: ['glossary/labour-migrant/', A, 'statistics/registered-labour-migrants-2023-04-01/'],
  },
  { query: 'квотаны', ui: 'kk', relevant: ['glossary/quota/'] },
  { query: 'квоталар', ui: 'kk', relevant: ['glossary/quota/', RESULTS] },
  {
    query: 'жұмысқа рұқсат',
    ui: 'kk',
    relevant: ['glossary/work-permit/', 'statistics/work-permit-holders-2023-05-01/', RESULTS],
  },
  {
    query: 'рұқсаттар',
    ui: 'kk',
    relevant: ['glossary/work-permit/', 'statistics/work-permit-holders-2023-05-01/', RESULTS],
  },
  {
    query: 'көші-қонның',
    ui: 'kk',
    relevant: ['glossary/migration-policy/', 'glossary/labour-migration/', A, 'glossary/illegal-migration/'],
  },
  { query: 'еңбек көші-қоны', ui: 'kk', relevant: ['glossary/labour-migration/', RESULTS, A] },
  {
    query: 'әлеуметтік қорғау',
    ui: 'kk',
    relevant: [
      'glossary/social-protection/',
      `${A}conclusion/`,
      RESULTS,
      'organizations/kz-ministry-of-labour/',
    ],
  },
  { query: 'еңбек құқықтары', ui: 'kk', relevant: ['glossary/labour-rights/', A] },
  { query: 'қандас', ui: 'kk', relevant: ['glossary/kandas/'] },
  { query: 'ратификациялау', ui: 'kk', relevant: ['glossary/ratification/'] },
  { query: 'заңнаманы үйлестіру', ui: 'kk', relevant: ['glossary/harmonisation-of-legislation/', A] },
  { query: 'Конституция', ui: 'kk', relevant: ['norms/kz-constitution-1995/'] },
  {
    query: 'Конституцияның 24-бабы',
    ui: 'kk',
    relevant: ['norms/kz-constitution-1995/', 'notes/constitution-art-24-wording/'],
  },
  { query: 'Еңбек кодексі', ui: 'kk', relevant: ['norms/kz-labour-code-2015/'] },
  {
    query: 'Халықтың көші-қоны туралы заң',
    ui: 'kk',
    relevant: [
      'norms/kz-law-migration-2011/',
      'norms/kz-law-migration-1997/',
      'sources/act-kz-law-migration-2011/',
    ],
  },
  { query: 'ХЕҰ-ның № 97 конвенциясы', ui: 'kk', relevant: ['norms/ilo-c097/'] },
  { query: 'Еуразиялық экономикалық одақ туралы шарт', ui: 'kk', relevant: ['norms/eaeu-treaty-2014/'] },
  { query: 'Дүниежүзілік банк', ui: 'kk', relevant: ['organizations/world-bank/'] },
  { query: '15 129', ui: 'kk', relevant: ['statistics/work-permit-holders-2023-05-01/'] },
  {
    query: '477-IV',
    ui: 'kk',
    relevant: ['norms/kz-law-migration-2011/', 'sources/act-kz-law-migration-2011/'],
  },
  // English, from the English UI: the concepts and instruments by their English names
  { query: 'labor rights', ui: 'en', relevant: [A, 'glossary/labour-rights/'] },
  {
    query: 'work permit',
    ui: 'en',
    relevant: ['glossary/work-permit/', 'statistics/work-permit-holders-2023-05-01/', RESULTS],
  },
  {
    query: 'work permits',
    ui: 'en',
    relevant: ['glossary/work-permit/', 'statistics/work-permit-holders-2023-05-01/', RESULTS],
  },
  { query: 'quota', ui: 'en', relevant: ['glossary/quota/', RESULTS] },
  { query: 'quota system', ui: 'en', relevant: ['glossary/quota/', RESULTS] },
  {
    query: 'Eurasian Economic Union',
    ui: 'en',
    relevant: ['glossary/eaeu/', 'organizations/eaeu/', 'norms/eaeu-treaty-2014/', A],
  },
  { query: 'EAEU Treaty', ui: 'en', relevant: ['norms/eaeu-treaty-2014/', 'glossary/eaeu/'] },
  { query: 'Constitution', ui: 'en', relevant: ['norms/kz-constitution-1995/'] },
  {
    query: 'Constitution article 24',
    ui: 'en',
    relevant: ['norms/kz-constitution-1995/', 'notes/constitution-art-24-wording/'],
  },
  { query: 'Labour Code', ui: 'en', relevant: ['norms/kz-labour-code-2015/'] },
  {
    query: 'Law on Migration',
    ui: 'en',
    relevant: [
      'norms/kz-law-migration-2011/',
      'norms/kz-law-migration-1997/',
      'sources/act-kz-law-migration-2011/',
    ],
  },
  {
    query: 'Migration Policy Concept 2023',
    ui: 'en',
    relevant: ['norms/kz-concept-migration-2023-2027/', 'sources/act-kz-concept-migration-2023-2027/'],
  },
  { query: 'ILO Convention No. 97', ui: 'en', relevant: ['norms/ilo-c097/'] },
  { query: 'ILO Convention 143', ui: 'en', relevant: ['norms/ilo-c143/'] },
  { query: 'UN Migrant Workers Convention', ui: 'en', relevant: ['norms/un-icrmw-1990/'] },
  { query: 'Presidential Decree No. 88', ui: 'en', relevant: ['norms/kz-decree-88-2011/'] },
  {
    query: 'labour migrants',
    ui: 'en',
    relevant: ['glossary/labour-migrant/', A, 'statistics/registered-labour-migrants-2023-04-01/'],
  },
  { query: 'labour migration', ui: 'en', relevant: ['glossary/labour-migration/', RESULTS, A] },
  { query: 'discrimination', ui: 'en', relevant: ['glossary/discrimination/', `${A}introduction/`] },
  {
    query: 'social protection',
    ui: 'en',
    relevant: [
      'glossary/social-protection/',
      `${A}conclusion/`,
      RESULTS,
      'organizations/kz-ministry-of-labour/',
    ],
  },
  { query: 'illegal employment', ui: 'en', relevant: ['glossary/illegal-employment/'] },
  { query: 'ratification', ui: 'en', relevant: ['glossary/ratification/'] },
  { query: 'migration policy', ui: 'en', relevant: ['glossary/migration-policy/', A] },
  { query: 'World Bank', ui: 'en', relevant: ['organizations/world-bank/'] },
  { query: '15129', ui: 'en', relevant: ['statistics/work-permit-holders-2023-05-01/'] },
  { query: 'Hamzin', ui: 'en', relevant: ['sources/khamzin-buribaev-khamzina-2023/'] },
  // Must find nothing: not in the article (the last three are the previous article's references)
  { query: 'криптовалюта', relevant: [] },
  { query: 'Uber BV v Aslam', relevant: [] },
  { query: 'Prassl', relevant: [] },
  { query: 'gig economy', relevant: [] },
];
