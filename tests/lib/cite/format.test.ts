import { beforeAll, describe, expect, test } from 'vitest';
import { formatCitation } from '../../../src/lib/cite';
import { paragraphCitation } from '../../../src/lib/cite/paragraph';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { loadContent } from '../../support/load-content';

const DOI = '10.51889/2959-6181.2025.81.3.008';
const ARTICLE_GOST =
  'Молдахметова Ж.Е. Влияние миграционной политики Республики Казахстан на реализацию трудовых прав мигрантов // Вестник КазНПУ имени Абая. Серия «Юриспруденция». – 2025. – DOI: ' +
  DOI;
const ARTICLE_APA =
  'Молдахметова, Ж. Е. (2025). Влияние миграционной политики Республики Казахстан на реализацию трудовых прав мигрантов. Вестник КазНПУ имени Абая. Серия «Юриспруденция». https://doi.org/' +
  DOI;
const INTRODUCTION = { collection: 'sections', id: 'moldakhmetova-2025/introduction' } as const;

let graph: Graph;
let fixture: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
  fixture = buildGraph(await loadContent('tests/fixtures/content'));
});

describe('GOST R 7.0.5-2008, as the article prints its reference list', () => {
  test('the article: authors, title // journal, year, DOI', () => {
    expect(formatCitation(graph, { collection: 'articles', id: 'moldakhmetova-2025' }, 'gost', 'ru')).toBe(
      ARTICLE_GOST,
    );
  });

  test('a section, narrowed to paragraphs and located, with the narrowing words in the UI language', () => {
    expect(formatCitation(graph, INTRODUCTION, 'gost', 'ru')).toBe(`${ARTICLE_GOST}. – раздел «Введение»`);
    expect(
      formatCitation(graph, INTRODUCTION, 'gost', 'en', { paragraphs: '3–5', url: 'https://x.org/i/' }),
    ).toBe(`${ARTICLE_GOST}. – section «Введение», para. 3–5. – URL: https://x.org/i/`);
  });

  test('a paragraph copied in the browser reads as the same citation narrowed at build time', () => {
    const target = { collection: 'sections', id: 'demo-2024/introduction' } as const;
    const url = 'https://x.org/p#introduction-p2';
    expect(paragraphCitation(formatCitation(fixture, target, 'gost', 'kk'), 'абз.', 2, url)).toBe(
      formatCitation(fixture, target, 'gost', 'kk', { paragraphs: '2', url }),
    );
  });

  test('a journal article with issue and pages', () => {
    expect(
      formatCitation(graph, { collection: 'sources', id: 'khamzin-buribaev-khamzina-2023' }, 'gost', 'ru'),
    ).toBe(
      'Хамзин А.Ш., Бурибаев Е.А., Хамзина Ж.А. Нелегальная миграция: проявление реальности в глобальном контексте // Вестник КазНПУ им. Абая. Серия «Юриспруденция». – 2023. – № 4 (74). – С. 73-81',
    );
  });

  test('an electronic resource: the mark, the address and the date of access as printed', () => {
    expect(
      formatCitation(
        graph,
        { collection: 'sources', id: 'sarsenova-aitasova-labour-migration' },
        'gost',
        'ru',
      ),
    ).toBe(
      'Сарсенова З., Айтасова Г. Трудовая миграция в Казахстане [Электронный ресурс]. – URL: https://online.zakon.kz/Document/?doc_id=32575837 (дата обращения: 12.06.2025)',
    );
  });

  test('a report: place, publisher, year and extent', () => {
    expect(
      formatCitation(
        graph,
        { collection: 'sources', id: 'ilo-2008-migrant-workers-rights-kazakhstan' },
        'gost',
        'ru',
      ),
    ).toBe(
      'Права трудящихся мигрантов в Казахстане: анализ национального законодательства, международных стандартов и правоприменительной практики. – Алматы : Международная организация труда, 2008. – 48 с.',
    );
  });

  test('a Kazakh law: official title, form, date, number and official address', () => {
    expect(formatCitation(graph, { collection: 'norms', id: 'kz-law-migration-2011' }, 'gost', 'ru')).toBe(
      'О миграции населения : закон Республики Казахстан от 22.07.2011 № 477-IV [Электронный ресурс]. – URL: https://adilet.zan.kz/rus/docs/Z1100000477',
    );
  });

  test('an instrument whose title names its form and number gets neither twice', () => {
    // C097's Russian title rests on a third-party copy, so the citation uses the short title.
    expect(formatCitation(graph, { collection: 'norms', id: 'ilo-c097' }, 'gost', 'ru')).toBe(
      'Конвенция МОТ № 97 [Электронный ресурс]. – URL: https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C097',
    );
    expect(formatCitation(graph, { collection: 'norms', id: 'kz-decree-88-2011' }, 'gost', 'ru')).toBe(
      'Указ Президента РК от 23 мая 2011 г. № 88',
    );
  });

  test('a page of the explorer: its title in the UI language, the site, the address and the date of access', () => {
    const page = { collection: 'page', path: 'organizations/iom/', title: 'МОМ' } as const;
    expect(
      formatCitation(graph, page, 'gost', 'ru', {
        url: 'https://x.org/organizations/iom/',
        accessed: '2026-12-01',
      }),
    ).toBe(
      'МОМ [Электронный ресурс] // Миграционная политика и трудовые права: исследовательский навигатор. – URL: https://x.org/organizations/iom/ (дата обращения: 01.12.2026)',
    );
  });

  test('paragraphs narrow a section only: anything else stops the build', () => {
    expect(() =>
      formatCitation(graph, { collection: 'norms', id: 'ilo-c097' }, 'gost', 'ru', { paragraphs: '2' }),
    ).toThrow('paragraphs narrow a section, not norms');
  });
});

// citeproc-js compiles the APA style on first use: seconds on a busy machine.
describe('APA 7, written by citation-js', { timeout: 30_000 }, () => {
  test('the article, with the DOI as a link and the title not title-cased', () => {
    expect(formatCitation(graph, { collection: 'articles', id: 'moldakhmetova-2025' }, 'apa', 'ru')).toBe(
      ARTICLE_APA,
    );
  });

  test('a section adds its heading and paragraphs in the UI language', () => {
    expect(formatCitation(graph, INTRODUCTION, 'apa', 'en', { paragraphs: '3' })).toBe(
      `${ARTICLE_APA} (section «Введение», para. 3)`,
    );
  });

  test('a journal article with issue and pages', () => {
    expect(
      formatCitation(graph, { collection: 'sources', id: 'khamzin-buribaev-khamzina-2023' }, 'apa', 'ru'),
    ).toBe(
      'Хамзин, А. Ш., Бурибаев, Е. А., & Хамзина, Ж. А. (2023). Нелегальная миграция: проявление реальности в глобальном контексте. Вестник КазНПУ им. Абая. Серия «Юриспруденция», (4 (74)), 73–81.',
    );
  });

  test('a law keeps its number whole', () => {
    expect(formatCitation(graph, { collection: 'norms', id: 'kz-law-migration-2011' }, 'apa', 'ru')).toBe(
      'О миграции населения, Закон Республики Казахстан No. 477-IV (2011). https://adilet.zan.kz/rus/docs/Z1100000477',
    );
  });

  test('a page of the explorer with its date of access', () => {
    const page = { collection: 'page', path: 'organizations/iom/', title: 'МОМ' } as const;
    expect(
      formatCitation(graph, page, 'apa', 'ru', {
        url: 'https://x.org/organizations/iom/',
        accessed: '2026-12-01',
      }),
    ).toBe(
      'МОМ. (n.d.). Миграционная политика и трудовые права: исследовательский навигатор. Retrieved December 1, 2026, from https://x.org/organizations/iom/',
    );
  });
});
