import { beforeAll, describe, expect, test } from 'vitest';
import { copiedText, formatCitation, paragraphTemplate, type CiteTarget } from '../../../src/lib/cite';
import { fillParagraphCitation } from '../../../src/lib/cite/paragraph';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { loadContent } from '../../support/load-content';

/**
 * Each official style renders one item of each kind, compared with a string written out from the
 * style's rules: GOST R 7.0.5-2008 («Автор И. О. Заглавие // Журнал. Год. № . С.»), APA 7
 * («Author, A. A. (Year). Title [Translation]. Journal, Issue, pages. DOI»), OSCOLA («Author,
 * ‘Title’ [Year] Journal first page <URL> accessed date»), Chicago notes-bibliography (a short
 * note; «Surname, Given. “Title.” Journal, no. Issue (Year): pages.»).
 */

const DOI_URL = 'https://doi.org/10.51889/2959-6181.2025.81.3.008';
const TITLE = 'Влияние миграционной политики Республики Казахстан на реализацию трудовых прав мигрантов';
const TITLE_EN =
  'The impact of the migration policy of the Republic of Kazakhstan on the realization of labor rights of migrants';
const JOURNAL = 'Вестник КазНПУ имени Абая. Серия «Юриспруденция»';
const KHAMZIN_TITLE = 'Нелегальная миграция: проявление реальности в глобальном контексте';
const KHAMZIN_EN = `${KHAMZIN_TITLE} [Illegal migration: a manifestation of reality in the global context]`;
const KHAMZIN_JOURNAL = 'Вестник КазНПУ им. Абая. Серия «Юриспруденция»';
const ILO_2008 =
  'Права трудящихся мигрантов в Казахстане: анализ национального законодательства, международных стандартов и правоприменительной практики';
const ILO_2008_EN = `${ILO_2008} [The rights of migrant workers in Kazakhstan: an analysis of national legislation, international standards and enforcement practice]`;
const ZAKON = 'https://online.zakon.kz/Document/?doc_id=32575837';
const WEB_EN = 'Трудовая миграция в Казахстане [Labour migration in Kazakhstan]';
// citeproc-js keeps the space before GOST's colon from breaking (a narrow no-break space).
const LAW = 'О миграции населения\u202f: закон Республики Казахстан от 22.07.2011 № 477-IV';
const LAW_URL = 'https://adilet.zan.kz/rus/docs/Z1100000477';
const C097_URL = 'https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C097';

const ARTICLE = { collection: 'articles', id: 'moldakhmetova-2025' } as const;
const INTRODUCTION = { collection: 'sections', id: 'moldakhmetova-2025/introduction' } as const;
const KHAMZIN = { collection: 'sources', id: 'khamzin-buribaev-khamzina-2023' } as const;
const REPORT = { collection: 'sources', id: 'ilo-2008-migrant-workers-rights-kazakhstan' } as const;
const WEB = { collection: 'sources', id: 'sarsenova-aitasova-labour-migration' } as const;
const ACT = { collection: 'norms', id: 'kz-law-migration-2011' } as const;
const CONVENTION = { collection: 'norms', id: 'ilo-c097' } as const;
const PAGE = { collection: 'page', path: 'organizations/iom/', title: 'IOM' } as const;
const PAGE_OPTIONS = { url: 'https://x.org/o/', accessed: '2026-12-01' };
const SECTION_URL = 'https://x.org/i/';
const PARAGRAPH = { paragraphs: '3', url: 'https://x.org/i/#p3' };

let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
});

const reference = (
  target: CiteTarget,
  style: Parameters<typeof formatCitation>[2],
  lang: 'ru' | 'kk' | 'en',
  options = {},
) => formatCitation(graph, target, style, lang, options).reference;
const citation = (
  target: CiteTarget,
  style: Parameters<typeof formatCitation>[2],
  lang: 'ru' | 'kk' | 'en',
  options = {},
) => formatCitation(graph, target, style, lang, options).citation?.text;

// citeproc-js compiles each style on first use: seconds on a busy machine.
describe('GOST R 7.0.5-2008 (the official CSL style)', { timeout: 30_000 }, () => {
  test('the article, a journal article, a report and an electronic resource', () => {
    expect(reference(ARTICLE, 'gost', 'ru')).toBe(`Молдахметова Ж. Е. ${TITLE} // ${JOURNAL}. 2025.`);
    expect(reference(KHAMZIN, 'gost', 'ru')).toBe(
      `Хамзин А. Ш., Бурибаев Е. А., Хамзина Ж. А. ${KHAMZIN_TITLE} // ${KHAMZIN_JOURNAL}. 2023. № 4 (74). С. 73–81.`,
    );
    expect(reference(REPORT, 'gost', 'ru')).toBe(
      `${ILO_2008}. Алматы: Международная организация труда, 2008. 48 с.`,
    );
    expect(reference(WEB, 'gost', 'ru')).toBe(
      `Сарсенова З., Айтасова Г. Трудовая миграция в Казахстане [Электронный ресурс]. URL: ${ZAKON} (дата обращения: 12.06.2025).`,
    );
  });

  test('an act: its form, date and number in the title area; a convention with its date', () => {
    expect(reference(ACT, 'gost', 'ru')).toBe(`${LAW}.`);
    expect(reference(CONVENTION, 'gost', 'ru')).toBe('Конвенция МОТ № 97 от 01.07.1949.');
  });

  test('a section and a paragraph: the pinpoint after the reference, in the locale’s terms', () => {
    const article = `Молдахметова Ж. Е. ${TITLE} // ${JOURNAL}. 2025`;
    expect(reference(INTRODUCTION, 'gost', 'ru', { url: SECTION_URL })).toBe(
      `${article}. – разд. «Введение»`,
    );
    expect(reference(INTRODUCTION, 'gost', 'ru', PARAGRAPH)).toBe(
      `${article}. – разд. «Введение», п. 3. – URL: https://x.org/i/#p3`,
    );
    expect(citation(INTRODUCTION, 'gost', 'ru', PARAGRAPH)).toBeUndefined();
  });

  test('a page of the explorer, as an electronic resource with its date of access', () => {
    expect(reference(PAGE, 'gost', 'ru', PAGE_OPTIONS)).toBe(
      'IOM [Электронный ресурс]. URL: https://x.org/o/ (дата обращения: 01.12.2026).',
    );
  });

  test('a source keeps the date of access the article prints; the site’s date dates only what has none', () => {
    expect(reference(WEB, 'gost', 'ru', { accessed: '2026-12-01' })).toContain(
      '(дата обращения: 12.06.2025)',
    );
    expect(reference(ACT, 'gost', 'ru', { accessed: '2026-12-01' })).toBe(`${LAW}.`);
    expect(reference(PAGE, 'gost', 'ru', PAGE_OPTIONS)).toContain('(дата обращения: 01.12.2026)');
  });

  test('the Kazakh UI: the same style with Kazakh labels', () => {
    expect(reference(KHAMZIN, 'gost', 'kk')).toContain('. 2023. № 4 (74). Б. 73–81.');
    expect(reference(REPORT, 'gost', 'kk')).toMatch(/, 2008\. 48 б\.$/u);
    expect(reference(WEB, 'gost', 'kk')).toBe(
      `Сарсенова З., Айтасова Г. Трудовая миграция в Казахстане [Электрондық ресурс]. URL: ${ZAKON} (қаралған күні: 12.06.2025).`,
    );
    expect(reference(INTRODUCTION, 'gost', 'kk', PARAGRAPH)).toMatch(
      /\. – бөл\. «Введение», абз\. 3\. – URL: /u,
    );
  });
});

describe('APA 7 (the official CSL style)', { timeout: 30_000 }, () => {
  test('the article, its English title in brackets in the English UI, and its in-text citation', () => {
    expect(reference(ARTICLE, 'apa', 'en')).toBe(
      `Молдахметова, Ж. Е. (2025). ${TITLE} [${TITLE_EN}]. ${JOURNAL}. ${DOI_URL}`,
    );
    expect(citation(ARTICLE, 'apa', 'en')).toBe('(Молдахметова, 2025)');
    expect(reference(ARTICLE, 'apa', 'ru')).toBe(
      `Молдахметова, Ж. Е. (2025). ${TITLE}. ${JOURNAL}. ${DOI_URL}`,
    );
  });

  test('a paragraph: a locator labelled paragraph', () => {
    expect(citation(INTRODUCTION, 'apa', 'en', PARAGRAPH)).toBe('(Молдахметова, 2025, para. 3)');
    expect(citation(INTRODUCTION, 'apa', 'ru', PARAGRAPH)).toBe('(Молдахметова, 2025, п. 3)');
  });

  test('a journal without volumes: the issue stands where the volume would', () => {
    expect(reference(KHAMZIN, 'apa', 'en')).toBe(
      `Хамзин, А. Ш., Бурибаев, Е. А., & Хамзина, Ж. А. (2023). ${KHAMZIN_EN}. ${KHAMZIN_JOURNAL}, 4 (74), 73–81.`,
    );
    expect(citation(KHAMZIN, 'apa', 'en')).toBe('(Хамзин et al., 2023)');
    expect(citation(KHAMZIN, 'apa', 'ru')).toBe('(Хамзин и др., 2023)');
  });

  test('a report without authors: the title first, then the date and the publisher', () => {
    expect(reference(REPORT, 'apa', 'en')).toBe(`${ILO_2008_EN}. (2008). Международная организация труда.`);
  });

  test('an undated web page: n.d., retrieved, from — in the UI language', () => {
    expect(reference(WEB, 'apa', 'en')).toBe(
      `Сарсенова, З., & Айтасова, Г. (n.d.). ${WEB_EN}. Retrieved June 12, 2025, from ${ZAKON}`,
    );
    expect(reference(WEB, 'apa', 'ru')).toBe(
      `Сарсенова, З., & Айтасова, Г. (б. д.). Трудовая миграция в Казахстане. Извлечено 12 июня 2025 г., от ${ZAKON}`,
    );
  });

  test('an act as its jurisdiction cites it, never as a United States public law', () => {
    expect(reference(ACT, 'apa', 'en')).toBe(`${LAW} [On Migration] (2011). ${LAW_URL}`);
    expect(reference(CONVENTION, 'apa', 'en')).toBe(
      `Конвенция МОТ № 97 [ILO Convention No. 97] (1949). ${C097_URL}`,
    );
  });

  test('a page of the explorer', () => {
    expect(reference(PAGE, 'apa', 'en', PAGE_OPTIONS)).toBe(
      'IOM. (n.d.). Migration Policy and Labour Rights: A Research Explorer. Retrieved December 1, 2026, from https://x.org/o/',
    );
  });
});

describe('OSCOLA (the official CSL style)', { timeout: 30_000 }, () => {
  const article = `‘${TITLE} [${TITLE_EN}]’ [2025] ${JOURNAL}`;

  test('the article: the bibliography puts the surname first, the footnote the initials', () => {
    expect(reference(ARTICLE, 'oscola', 'en')).toBe(`Молдахметова ЖЕ, ${article}`);
    expect(citation(ARTICLE, 'oscola', 'en')).toBe(`ЖЕ Молдахметова, ${article}.`);
  });

  test('a paragraph: the pinpoint «para» before the address', () => {
    expect(citation(INTRODUCTION, 'oscola', 'en', PARAGRAPH)).toBe(
      `ЖЕ Молдахметова, ${article} para 3 <https://x.org/i/#p3>.`,
    );
  });

  test('a journal article: the year in square brackets, the first page', () => {
    expect(reference(KHAMZIN, 'oscola', 'en')).toBe(
      `Хамзин АШ, Бурибаев ЕА and Хамзина ЖА, ‘${KHAMZIN_EN}’ [2023] ${KHAMZIN_JOURNAL} 73`,
    );
  });

  test('a report: the publisher and year in brackets', () => {
    expect(reference(REPORT, 'oscola', 'en')).toBe(`‘${ILO_2008_EN}’ (Международная организация труда 2008)`);
  });

  test('a web page: the address in angle brackets and the date of access', () => {
    expect(reference(WEB, 'oscola', 'en')).toBe(
      `Сарсенова З and Айтасова Г, ‘${WEB_EN}’ <${ZAKON}> accessed 12 June 2025`,
    );
  });

  test('foreign legislation as its jurisdiction cites it, with an English translation', () => {
    expect(reference(ACT, 'oscola', 'en')).toBe(`${LAW} [On Migration] 2011`);
    expect(reference(CONVENTION, 'oscola', 'en')).toBe(
      `Конвенция МОТ № 97 [ILO Convention No. 97] <${C097_URL}>`,
    );
  });

  test('a page of the explorer', () => {
    expect(reference(PAGE, 'oscola', 'en', PAGE_OPTIONS)).toBe(
      '‘IOM’ (Migration policy and labour rights: a research explorer) <https://x.org/o/> accessed 1 December 2026',
    );
  });
});

describe('Chicago notes-bibliography (the official CSL style)', { timeout: 30_000 }, () => {
  const title = `“${TITLE} [${TITLE_EN}].”`;

  test('the article: the bibliography entry and a short note', () => {
    expect(reference(ARTICLE, 'chicago', 'en')).toBe(
      `Молдахметова, Ж.Е. ${title} ${JOURNAL}, 2025. ${DOI_URL}.`,
    );
    expect(citation(ARTICLE, 'chicago', 'en')).toBe(`Молдахметова, ${title}`);
  });

  test('a paragraph: «para.» after the short title', () => {
    expect(citation(INTRODUCTION, 'chicago', 'en', PARAGRAPH)).toBe(
      `Молдахметова, “${TITLE} [${TITLE_EN}],” para. 3.`,
    );
  });

  test('a journal article: the second author given name first; no., year in brackets, pages', () => {
    expect(reference(KHAMZIN, 'chicago', 'en')).toBe(
      `Хамзин, А.Ш., Е.А. Бурибаев, and Ж.А. Хамзина. “${KHAMZIN_EN}.” ${KHAMZIN_JOURNAL}, no. 4 (74) (2023): 73–81.`,
    );
  });

  test('a report: place, publisher, year', () => {
    expect(reference(REPORT, 'chicago', 'en')).toBe(
      `“${ILO_2008_EN}.” Алматы: Международная организация труда, 2008.`,
    );
  });

  test('a web page: accessed, then the address', () => {
    expect(reference(WEB, 'chicago', 'en')).toBe(
      `Сарсенова, З., and Г. Айтасова. “${WEB_EN}.” Accessed June 12, 2025. ${ZAKON}.`,
    );
  });

  test('an act and a convention', () => {
    expect(reference(ACT, 'chicago', 'en')).toBe(`${LAW} [On Migration] (2011). ${LAW_URL}.`);
    expect(reference(CONVENTION, 'chicago', 'en')).toBe(
      `“Конвенция МОТ № 97 [ILO Convention No. 97],” July 1, 1949. ${C097_URL}.`,
    );
  });

  test('the Kazakh UI: Kazakh terms and the site’s Kazakh date', () => {
    expect(reference(WEB, 'chicago', 'kk')).toBe(
      `Сарсенова, З., және Г. Айтасова. «Трудовая миграция в Казахстане». Қаралған күні 2025 ж. 12 маусым. ${ZAKON}.`,
    );
  });
});

describe('what is copied', { timeout: 30_000 }, () => {
  test('a complete note alone, another citation with its reference, GOST’s reference', () => {
    const oscola = formatCitation(graph, ARTICLE, 'oscola', 'en');
    expect(copiedText(oscola)).toBe(oscola.citation?.text);
    const apa = formatCitation(graph, ARTICLE, 'apa', 'en');
    expect(copiedText(apa)).toBe(`${apa.citation?.text}\n${apa.reference}`);
    const gost = formatCitation(graph, ARTICLE, 'gost', 'ru');
    expect(copiedText(gost)).toBe(gost.reference);
  });

  test('a paragraph copied in the browser reads as the same citation narrowed at build time', () => {
    for (const style of ['gost', 'apa', 'oscola', 'chicago'] as const) {
      const built = copiedText(formatCitation(graph, INTRODUCTION, style, 'kk', PARAGRAPH));
      expect(
        fillParagraphCitation(paragraphTemplate(graph, INTRODUCTION.id, style, 'kk'), '3', PARAGRAPH.url),
      ).toBe(built);
    }
  });

  test('paragraphs narrow a section only: anything else stops the build', () => {
    expect(() => formatCitation(graph, CONVENTION, 'gost', 'ru', { paragraphs: '2' })).toThrow(
      'paragraphs narrow a section, not norms',
    );
  });

  test('the English translation is marked by where it comes from', () => {
    expect(formatCitation(graph, ARTICLE, 'apa', 'en').translation).toEqual({
      text: TITLE_EN,
      editorial: false,
    });
    expect(formatCitation(graph, CONVENTION, 'apa', 'en').translation).toEqual({
      text: 'ILO Convention No. 97',
      editorial: true,
    });
    expect(formatCitation(graph, ARTICLE, 'apa', 'ru').translation).toBeUndefined();
    expect(formatCitation(graph, ARTICLE, 'gost', 'en').translation).toBeUndefined();
  });
});

describe('English translations of titles', () => {
  test('every work with a title in another script has one, for the English UI', () => {
    for (const source of graph.collections.sources) {
      if (!/\p{Script=Cyrillic}/u.test(source.data.title)) continue;
      const { translation } = formatCitation(graph, { collection: 'sources', id: source.id }, 'apa', 'en');
      expect(translation, source.id).toBeDefined();
    }
  });
});
