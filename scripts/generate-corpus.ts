/**
 * Writes a synthetic corpus of N articles for the scale bench (`npm run bench -- --scale`), shaped
 * like the real one: each article has sections of Markdown paragraphs using the article's reference
 * forms (footnote markers, bracket citations and ranges, `norm:` / `stat:` / `org:` mentions), its
 * own norms, figures, sources, organisations and notes, all quoting the text verbatim at their
 * locators; every article also cites one shared norm and one shared organisation, and uses one
 * glossary term. About 33 pages per article per UI language: ~100 pages at N = 1, ~10,000 at 100.
 *
 * Self-contained (Node built-ins only, erasable TypeScript) so that Node runs it directly:
 * `node scripts/generate-corpus.ts <N> <folder>`. The corpus goes to a temporary folder and is
 * never committed. YAML files are written as JSON, which YAML reads as it is.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Sized so that an article makes 33 pages per UI language: the article, its full text and its
// print document; 2 sections and theirs; 13 entries (3 norms, 2 figures, 4 sources, 2
// organisations, 2 notes), each with its page and its print document.
const SECTIONS = 2;
const PARAGRAPHS = 8;
const NORMS = 3;
const STATISTICS = 2;
const ORGANIZATIONS = 2;
/** Sources 1…2 are printed as footnotes ¹…², sources 3…4 as references [1]…[2]. */
const FOOTNOTES = 2;
const REFERENCES = 2;
/** The one day the synthetic norms' status was checked: a content date, never the build's clock. */
const CHECKED = '2026-11-01';

const SHARED_NORM = 'synthetic-shared-constitution';
const SHARED_ORG = 'synthetic-shared-university';
const SHARED_NORM_NAME = 'Конституции Республики Казахстан';
const SHARED_ORG_NAME = 'Синтетический университет';
const GLOSSARY_FORM = 'трудовых прав';

/** Words the filler sentences are drawn from, so that the search index grows like real text. */
const WORDS = (
  'миграционная политика трудовые права мигрантов граждане государства-члены союза квоты разрешения ' +
  'работодатели занятость рынок труда защита регулирование законодательство гармонизация нормы ' +
  'социальная медицинская помощь пенсионное обеспечение дискриминация нелегальная интеграция ' +
  'договор конвенция ратификация стратегия концепция министерство статистика прибытие выбытие ' +
  'иностранная рабочая сила заработная плата условия труда увольнение суд обращение жалоба ' +
  'профессиональный союз контракт сезонные работники семьи образование жильё регистрация учёт'
).split(' ');

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

/** A deterministic pseudo-random sequence (mulberry32), so that a given N always writes the same corpus. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function filler(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]);
  const sentence = picked.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** A web source described in the three languages (the synthetic description is the same). */
const web = (title: string) => [
  {
    kind: 'web',
    title: { ru: title, kk: title, en: title },
    url: 'https://example.org/synthetic',
    strength: 'secondary',
  },
];
const body = (section: string, paragraph: number) => ({ in: 'body', section, paragraph });

/** One paragraph's Markdown, and the quotes the entries it mentions take from it. */
interface Paragraph {
  markdown: string;
  quotes: { collection: 'norms' | 'statistics'; id: string; text: string }[];
}

type Files = Map<string, unknown>;

function article(i: number, files: Files): void {
  const id = `synthetic-${i}`;
  const random = randomFrom(i);
  const norm = (k: number) => `${id}-norm-${k}`;
  const statistic = (k: number) => `${id}-stat-${k}`;
  const organization = (k: number) => `${id}-org-${k}`;
  const section = (s: number) => `${id}/section-${s}`;
  // Each act has a number of its own, so that its name identifies it among all the others.
  const normNumber = (k: number) => String(i * 100 + k);
  const normName = (k: number) => `Закон № ${normNumber(k)} «О синтетическом регулировании ${i}.${k}»`;
  const printedValue = (k: number) => `${((i * 1000 + k * 37) % 90) + 10} ${100 + k * 7}`;

  // Entities are spread over the paragraphs in turn, so that each is mentioned once and related
  // entries share paragraphs.
  const paragraphs: Paragraph[] = [];
  for (let n = 0; n < SECTIONS * PARAGRAPHS; n++) {
    const k = n % NORMS;
    const st = n % STATISTICS;
    const parts = [
      filler(random, 14),
      `Согласно [${normName(k)}](norm:${norm(k)}) ${filler(random, 10)}${superscript((n % FOOTNOTES) + 1)}`,
      `В отчёте [${`Организации ${i}.${n % ORGANIZATIONS}`}](org:${organization(n % ORGANIZATIONS)}) указано [${printedValue(st)} человек](stat:${statistic(st)}) [${(n % REFERENCES) + 1}].`,
      `${filler(random, 18)} [1 - ${REFERENCES}].`,
    ];
    if (n === 0)
      parts.unshift(
        `Реализация ${GLOSSARY_FORM} опирается на нормы [${SHARED_NORM_NAME}](norm:${SHARED_NORM}) и труды [${SHARED_ORG_NAME}](org:${SHARED_ORG}).`,
      );
    paragraphs.push({
      markdown: parts.join(' '),
      quotes: [
        { collection: 'norms', id: norm(k), text: normName(k) },
        { collection: 'statistics', id: statistic(st), text: `${printedValue(st)} человек` },
      ],
    });
  }
  const locatorAt = (n: number) => body(section(Math.floor(n / PARAGRAPHS) + 1), (n % PARAGRAPHS) + 1);
  const quotes = (collection: string, entity: string) => (p: Paragraph) =>
    p.quotes.some((q) => q.collection === collection && q.id === entity);
  const locatorOf = (collection: string, entity: string) =>
    locatorAt(paragraphs.findIndex(quotes(collection, entity)));
  /** Every paragraph that quotes the entity: a norm is named wherever the text links it. */
  const locatorsOf = (collection: string, entity: string) =>
    paragraphs.flatMap((p, n) => (quotes(collection, entity)(p) ? [locatorAt(n)] : []));

  const title = `Синтетическая статья ${i} о трудовых правах мигрантов`;
  files.set(`articles/${id}.yaml`, {
    title: { ru: title.toUpperCase(), kk: `Синтетикалық мақала ${i}`, en: `Synthetic article ${i}` },
    citationTitle: { ru: title, kk: `Синтетикалық мақала ${i}`, en: `Synthetic article ${i}` },
    shortTitle: { ru: `Статья ${i}`, kk: `Мақала ${i}`, en: `Article ${i}` },
    abstract: { ru: filler(random, 60), kk: `Аңдатпа ${i}.`, en: `Abstract of synthetic article ${i}.` },
    keywords: { ru: ['миграция', `тема ${i}`], kk: ['көші-қон'], en: ['migration'] },
    authors: [
      {
        name: { ru: `Автор ${i}`, kk: `Автор ${i}`, en: `Author ${i}` },
        affiliationPrinted: { ru: SHARED_ORG_NAME, kk: SHARED_ORG_NAME, en: 'Synthetic University' },
        affiliation: SHARED_ORG,
        email: `author${i}@example.org`,
        corresponding: true,
      },
    ],
    language: 'ru',
    doi: `10.5555/synthetic.${i}`,
    udc: ['349.2'],
    irsti: ['10.63.00'],
    publication: {
      journal: 'Синтетический вестник',
      journalEn: 'Synthetic Bulletin',
      series: 'Юридические науки',
      publisher: SHARED_ORG,
      issn: null,
      year: 2000 + (i % 25),
      volume: null,
      issue: null,
      pages: null,
      sources: web('Synthetic journal page'),
    },
    sourceText: `${id}.txt`,
  });

  for (let s = 1; s <= SECTIONS; s++) {
    const frontmatter = {
      article: id,
      order: s,
      heading: `Раздел ${s}`,
      navTitle: { ru: `Раздел ${s}`, kk: `${s}-бөлім`, en: `Section ${s}` },
    };
    const text = paragraphs.slice((s - 1) * PARAGRAPHS, s * PARAGRAPHS).map((p) => p.markdown);
    files.set(
      `sections/${section(s)}.md`,
      `---\n${JSON.stringify(frontmatter)}\n---\n\n${text.join('\n\n')}\n`,
    );
  }

  for (let k = 0; k < NORMS; k++) {
    files.set(`norms/${norm(k)}.yaml`, {
      kind: 'law',
      jurisdiction: 'KZ',
      shortTitle: { ru: `Закон ${i}.${k}`, kk: `${i}.${k} Заң`, en: `Law ${i}.${k}` },
      official: {
        title: null,
        number: normNumber(k),
        adopted: null,
        adoptedBy: null,
        status: { state: 'unconfirmed', checked: CHECKED },
        sources: web(`Synthetic act ${i}.${k}`),
      },
      namedAs: locatorsOf('norms', norm(k)).map((locator) => ({ text: normName(k), locator })),
    });
  }

  for (let k = 0; k < STATISTICS; k++) {
    const value = printedValue(k);
    files.set(`statistics/${statistic(k)}.yaml`, {
      article: id,
      label: { ru: `Показатель ${i}.${k}`, kk: `${i}.${k} сан`, en: `Figure ${i}.${k}` },
      value: Number(value.replace(' ', '')),
      printedValue: value,
      unit: 'persons',
      counts: {
        ru: `лица, учтённые в показателе ${i}.${k}`,
        kk: `${i}.${k} санда есепке алынған адамдар`,
        en: `persons counted in figure ${i}.${k}`,
      },
      measure: `synthetic-${i}-measure-${k}`,
      at: { kind: 'year', year: 2000 + (k % 25) },
      geography: 'KZ',
      sentence: { text: `${value} человек`, locator: locatorOf('statistics', statistic(k)) },
      source:
        k % 2
          ? { given: 'reference', number: (k % REFERENCES) + 1 }
          : { given: 'footnote', number: (k % FOOTNOTES) + 1 },
    });
  }

  for (let k = 1; k <= FOOTNOTES; k++) {
    files.set(`sources/${id}-footnote-${k}.yaml`, {
      kind: 'web-page',
      title: `Синтетический источник ${i}.${k}`,
      year: null,
      url: `https://example.org/synthetic/${i}/${k}`,
      accessed: null,
      citedAs: [
        {
          list: 'footnotes',
          article: id,
          number: k,
          printed: `Синтетический источник ${i}.${k}. URL: https://example.org/synthetic/${i}/${k}`,
        },
      ],
    });
  }
  for (let k = 1; k <= REFERENCES; k++) {
    const printed = `Автор ${i}.${k}. Синтетическое исследование ${i}.${k} // Синтетический вестник. 2024. С. ${k}-${k + 9}.`;
    const citedAs = [
      {
        list: 'references',
        article: id,
        number: k,
        printed,
        printedTransliterated: `Avtor ${i}.${k}. Sinteticheskoe issledovanie ${i}.${k}`,
      },
    ];
    // The last reference is a legal act, as the real article's are: its page points at the norm.
    files.set(
      `sources/${id}-reference-${k}.yaml`,
      k === REFERENCES
        ? {
            kind: 'legal-act',
            title: normName(0),
            year: null,
            url: null,
            accessed: null,
            citedAs,
            norm: norm(0),
          }
        : {
            kind: 'journal-article',
            title: `Синтетическое исследование ${i}.${k}`,
            authors: [`Автор ${i}.${k}`],
            year: 2024,
            url: null,
            accessed: null,
            language: 'ru',
            container: 'Синтетический вестник',
            citedAs,
          },
    );
  }

  for (let k = 0; k < ORGANIZATIONS; k++) {
    files.set(`organizations/${organization(k)}.yaml`, {
      name: { ru: `Организация ${i}.${k}`, kk: `${i}.${k} ұйым`, en: `Organisation ${i}.${k}` },
      kind: 'state-body',
      country: 'KZ',
      sources: web(`Synthetic body ${i}.${k}`),
    });
  }

  files.set(`notes/${id}-slip.yaml`, {
    title: { ru: `Опечатка в статье ${i}`, kk: `${i}-мақаладағы терім қатесі`, en: `A slip in article ${i}` },
    text: {
      ru: 'Синтетическое примечание об опечатке.',
      kk: 'Терім қатесі туралы синтетикалық ескертпе.',
      en: 'A synthetic note about a slip.',
    },
    severity: 'info',
    category: 'slip',
    about: { paragraphs: [{ section: section(1), paragraph: 2 }] },
    sources: [{ kind: 'article', locator: body(section(1), 2) }],
  });
  files.set(`notes/${id}-identification.yaml`, {
    title: {
      ru: `Идентификация закона ${i}.0`,
      kk: `${i}.0 заңын сәйкестендіру`,
      en: `Identifying law ${i}.0`,
    },
    text: {
      ru: 'Синтетическое примечание об акте.',
      kk: 'Акт туралы синтетикалық ескертпе.',
      en: 'A synthetic note about an act.',
    },
    severity: 'warning',
    category: 'identification',
    about: { norms: [norm(0)] },
    sources: web(`Synthetic register ${i}`),
  });
}

/** Entries every article shares: one norm, one organisation, one glossary term, one comparison row. */
function shared(files: Files, articles: number): void {
  const first = 'synthetic-1';
  const opening = body(`${first}/section-1`, 1);
  // Every article opens by naming the shared norm.
  const openings = Array.from({ length: articles }, (_, j) => body(`synthetic-${j + 1}/section-1`, 1));
  files.set(`norms/${SHARED_NORM}.yaml`, {
    kind: 'constitution',
    jurisdiction: 'KZ',
    shortTitle: { ru: 'Конституция', kk: 'Конституция', en: 'Constitution' },
    official: {
      title: null,
      number: null,
      adopted: null,
      adoptedBy: null,
      status: { state: 'unconfirmed', checked: CHECKED },
      sources: web('Synthetic constitution'),
    },
    namedAs: openings.map((locator) => ({ text: SHARED_NORM_NAME, locator })),
  });
  files.set(`organizations/${SHARED_ORG}.yaml`, {
    name: { ru: SHARED_ORG_NAME, kk: SHARED_ORG_NAME, en: 'Synthetic University' },
    kind: 'university',
    country: 'KZ',
    namedAs: [{ text: SHARED_ORG_NAME, locator: opening }],
    sources: web('Synthetic university'),
  });
  files.set('glossary/labour-rights.yaml', {
    term: { ru: 'Трудовые права', kk: 'Еңбек құқықтары', en: 'Labour rights' },
    definition: {
      ru: 'Синтетическое определение.',
      kk: 'Синтетикалық анықтама.',
      en: 'A synthetic definition.',
    },
    forms: [GLOSSARY_FORM],
    norms: [SHARED_NORM],
    sources: web('Synthetic glossary'),
  });
  const cell = (position: string) => ({
    summary: { ru: 'Синтетическое резюме.', kk: 'Синтетикалық түйіндеме.', en: 'A synthetic summary.' },
    position,
    support: [{ text: SHARED_NORM_NAME, locator: opening }],
  });
  files.set('comparisons/right-to-work.yaml', {
    article: first,
    order: 1,
    aspect: { ru: 'Право на труд', kk: 'Еңбек ету құқығы', en: 'Right to work' },
    eaeu: cell('guaranteed'),
    others: cell('restricted'),
    norms: [SHARED_NORM],
  });
}

/** Writes the corpus of `articles` articles into `folder` (emptied first), one folder per collection. */
export function generateCorpus(articles: number, folder: string): void {
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error(`generate-corpus: N must be a positive integer, got ${articles}`);
  const files: Files = new Map();
  shared(files, articles);
  for (let i = 1; i <= articles; i++) article(i, files);
  rmSync(folder, { recursive: true, force: true });
  for (const name of [
    'articles',
    'sections',
    'norms',
    'statistics',
    'sources',
    'organizations',
    'notes',
    'glossary',
    'comparisons',
  ])
    mkdirSync(join(folder, name), { recursive: true });
  for (const [path, content] of files) {
    const file = join(folder, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [count, folder] = process.argv.slice(2);
  if (!count || !folder) {
    console.error('usage: node scripts/generate-corpus.ts <N> <folder>');
    process.exit(2);
  }
  generateCorpus(Number(count), folder);
  console.log(`generate-corpus: ${count} article(s) written to ${folder}`);
}
