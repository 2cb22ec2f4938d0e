import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { captureTags, pageRange, type CapturedWork } from '../../../src/lib/metadata/capture';
import {
  normWork,
  pageWork,
  sectionWork,
  sourceWork,
  statisticWork,
} from '../../../src/lib/metadata/captured-works';
import type { MetaTag } from '../../../src/lib/metadata/highwire';
import { loadContent } from '../../support/load-content';

/** The tags as name → content (names that repeat keep every value, joined with « | »). */
const asRecord = (tags: MetaTag[]) =>
  tags.reduce<Record<string, string>>((record, { name, content }) => {
    record[name] = record[name] === undefined ? content : `${record[name]} | ${content}`;
    return record;
  }, {});

describe('pageRange', () => {
  test.each([
    ['С. 73-81', { first: '73', last: '81' }],
    ['73–81', { first: '73', last: '81' }],
    ['С. 12', { first: '12' }],
    ['без страниц', undefined],
  ])('%s', (printed, expected) => {
    expect(pageRange(printed)).toEqual(expected);
  });
});

describe('captureTags', () => {
  test('a statute: z.itemType, Dublin Core and PRISM, the official URL before the page, Extra lines', () => {
    const work: CapturedWork = {
      itemType: 'statute',
      title: 'О миграции населения',
      number: '477-IV',
      enacted: '2011-07-22',
      url: 'https://adilet.zan.kz/rus/docs/Z1100000477',
      language: 'ru',
      extra: ['Jurisdiction: Kazakhstan'],
    };
    expect(captureTags(work)).toEqual([
      { name: 'z.itemType', content: 'statute' },
      { name: 'DC.title', content: 'О миграции населения' },
      { name: 'DC.language', content: 'ru' },
      { name: 'eprints.official_url', content: 'https://adilet.zan.kz/rus/docs/Z1100000477' },
      { name: 'DC.description', content: 'Jurisdiction: Kazakhstan' },
      { name: 'prism.number', content: '477-IV' },
      { name: 'dcterms.issued', content: '2011-07-22' },
    ]);
  });

  test('absent facts are left out', () => {
    expect(captureTags({ itemType: 'statute', title: 'Договор' })).toEqual([
      { name: 'z.itemType', content: 'statute' },
      { name: 'DC.title', content: 'Договор' },
    ]);
  });

  test('a journal article: Highwire tags, and the printed access date in Extra through z.itemType', () => {
    const tags = asRecord(
      captureTags({
        itemType: 'journalArticle',
        title: 'Т',
        authors: ['Шестерякова И.В.'],
        journal: 'Вестник',
        date: '2017',
        issue: '3',
        pages: 'С. 73-81',
        url: 'https://example.org/a',
        accessed: '2025-06-12',
      }),
    );
    expect(tags).toEqual({
      citation_title: 'Т',
      citation_author: 'Шестерякова, И.В.',
      citation_journal_title: 'Вестник',
      citation_issue: '3',
      citation_firstpage: '73',
      citation_lastpage: '81',
      citation_publication_date: '2017',
      citation_public_url: 'https://example.org/a',
      'z.itemType': 'journalArticle',
      'DC.description': 'Accessed: 2025-06-12',
    });
  });

  test('a report names its institution and place; without Extra lines it stays out of RDF mode', () => {
    const tags = asRecord(
      captureTags({ itemType: 'report', title: 'R', authors: [], institution: 'IOM', place: 'Geneva' }),
    );
    expect(tags).toEqual({
      citation_title: 'R',
      citation_technical_report_institution: 'IOM',
      'eprints.place_of_pub': 'Geneva',
    });
  });

  test('a web page: its site as prism.publicationName, authors as DC.creator', () => {
    const tags = asRecord(
      captureTags({ itemType: 'webpage', title: 'W', authors: ['Хамзин А.Ш.'], site: 'Site', date: '2023' }),
    );
    expect(tags).toMatchObject({
      'z.itemType': 'webpage',
      'DC.title': 'W',
      'DC.creator': 'Хамзин, А.Ш.',
      'prism.publicationName': 'Site',
      'DC.date': '2023',
    });
  });

  test('the article adds nothing to its Highwire tags; a section adds its Extra line', () => {
    expect(captureTags({ itemType: 'article' })).toEqual([]);
    expect(captureTags({ itemType: 'article', section: 'Введение' })).toEqual([
      { name: 'z.itemType', content: 'journalArticle' },
      { name: 'DC.description', content: 'Section: Введение' },
    ]);
  });
});

describe('captured works of the content', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = buildGraph(await loadContent('content'));
  });

  test('Law 477-IV is a statute with its official title, number, date and address', () => {
    expect(normWork(graph, 'kz-law-migration-2011')).toEqual({
      itemType: 'statute',
      title: 'О миграции населения',
      number: '477-IV',
      enacted: '2011-07-22',
      url: 'https://adilet.zan.kz/rus/docs/Z1100000477',
      language: 'ru',
      extra: ['Jurisdiction: Kazakhstan'],
    });
  });

  test('the EAEU Treaty is a statute of the kind treaty, in the EAEU', () => {
    const work = normWork(graph, 'eaeu-treaty-2014');
    expect(work.extra).toEqual(['Type: treaty', 'Jurisdiction: Eurasian Economic Union']);
    expect(work.enacted).toBe('2014-05-29');
    // No number is known: none is made up.
    expect(work.number).toBeUndefined();
  });

  test('a convention states its genre', () => {
    expect(normWork(graph, 'ilo-c097').extra).toEqual([
      'Type: treaty',
      'Genre: convention',
      'Jurisdiction: International Labour Organization',
    ]);
  });

  test('sources are the works themselves, in their kind', () => {
    expect(sourceWork(graph, 'shesteryakova-2017')).toMatchObject({
      itemType: 'journalArticle',
      title:
        'Трудоправовая интеграция государств - членов Евразийского экономического союза: итоги и перспективы',
      authors: ['Шестерякова И.В.'],
      journal: 'Вестник СПбГУ. Серия 14. Право',
      issue: '3',
      date: '2017',
      accessed: '2025-06-12',
    });
    expect(sourceWork(graph, 'iom-world-migration-report-2022')).toMatchObject({
      itemType: 'report',
      title: 'World Migration Report 2022',
      place: 'Geneva',
      date: '2022',
    });
    expect(sourceWork(graph, 'enbek-foreign-workers-2023')).toMatchObject({ itemType: 'webpage' });
    expect(sourceWork(graph, 'act-kz-law-migration-2011')).toMatchObject({
      itemType: 'statute',
      number: '477-IV',
    });
  });

  test('a figure is a dataset with its date and the source the article names', () => {
    const work = statisticWork(graph, 'arrivals-2022', 'ru');
    expect(work).toMatchObject({ itemType: 'dataset', date: '2022' });
    expect(work.extra?.[0]).toMatch(/^Source: Миграция населения Республики Казахстан/u);
    expect(statisticWork(graph, 'arrivals-2022-cis-share-85-9', 'ru').extra).toEqual([]);
  });

  test('a section is the article with its heading; a page is a web page of the site', () => {
    expect(sectionWork(graph, 'moldakhmetova-2025/introduction')).toEqual({
      itemType: 'article',
      section: graph.entry('sections', 'moldakhmetova-2025/introduction').data.heading,
    });
    expect(pageWork('Квота', 'Сайт', 'ru', '2026-12-01')).toEqual({
      itemType: 'webpage',
      title: 'Квота',
      site: 'Сайт',
      language: 'ru',
      date: '2026-12-01',
    });
  });
});
