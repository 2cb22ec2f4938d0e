import { beforeAll, describe, expect, test } from 'vitest';
import { citeRecord } from '../../../src/lib/cite';
import { pageRecord } from '../../../src/lib/cite/records';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { toBib } from '../../../src/lib/open-data/bibtex';
import { CslItemSchema } from '../../../src/lib/open-data/csl';
import { loadContent } from '../../support/load-content';

let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('content'));
});

describe('citation records (CSL-JSON items)', () => {
  test('the article: a journal article in its own language, identified by its DOI', () => {
    expect(citeRecord(graph, { collection: 'articles', id: 'moldakhmetova-2025' })).toEqual({
      id: 'moldakhmetova-2025',
      type: 'article-journal',
      title: 'Влияние миграционной политики Республики Казахстан на реализацию трудовых прав мигрантов',
      author: [{ family: 'Молдахметова', given: 'Ж.Е.' }],
      issued: { 'date-parts': [[2025]] },
      'container-title': 'Вестник КазНПУ имени Абая. Серия «Юриспруденция»',
      publisher: 'Казахский национальный педагогический университет имени Абая',
      DOI: '10.51889/2959-6181.2025.81.3.008',
      language: 'ru',
    });
  });

  test('a section: the article’s record with its heading and the page it is read on', () => {
    const article = citeRecord(graph, { collection: 'articles', id: 'moldakhmetova-2025' });
    const url = 'https://x.org/articles/moldakhmetova-2025/conclusion/';
    expect(citeRecord(graph, { collection: 'sections', id: 'moldakhmetova-2025/conclusion' }, url)).toEqual({
      ...article,
      id: 'moldakhmetova-2025/conclusion',
      section: 'Заключение',
      note: 'раздел «Заключение»',
      URL: url,
    });
  });

  test('a Kazakh act is legislation, from its editorial official block', () => {
    expect(citeRecord(graph, { collection: 'norms', id: 'kz-law-migration-2011' })).toEqual({
      id: 'kz-law-migration-2011',
      type: 'legislation',
      title: 'О миграции населения',
      genre: 'закон Республики Казахстан',
      number: '477-IV',
      issued: { 'date-parts': [[2011, 7, 22]] },
      URL: 'https://adilet.zan.kz/rus/docs/Z1100000477',
      language: 'ru',
    });
  });

  test('the 2023–2027 Concept: the verified address of decree No. 961, the printed one (the 2011 Law’s) in the note', () => {
    expect(
      citeRecord(graph, { collection: 'sources', id: 'act-kz-concept-migration-2023-2027' }),
    ).toMatchObject({
      type: 'legislation',
      number: '961',
      URL: 'https://adilet.zan.kz/rus/docs/P2200000961',
      note: 'Адрес, напечатанный в статье (https://adilet.zan.kz/rus/docs/Z1100000477), ведёт на другой акт',
    });
  });

  test('an international instrument is a treaty', () => {
    for (const id of ['eaeu-treaty-2014', 'ilo-c097', 'un-icrmw-1990'])
      expect(citeRecord(graph, { collection: 'norms', id }).type, id).toBe('treaty');
  });

  test('an act without a confirmed official title is cited by its short title, without a form', () => {
    const item = citeRecord(graph, { collection: 'norms', id: 'kz-decree-88-2011' });
    expect(item.title).toBe(graph.entry('norms', 'kz-decree-88-2011').data.shortTitle.ru);
    expect(item.genre).toBeUndefined();
  });

  test('a title read only on a copy is never cited as the official title', () => {
    const item = citeRecord(graph, { collection: 'norms', id: 'ilo-c097' });
    expect(item.title).toBe(graph.entry('norms', 'ilo-c097').data.shortTitle.ru);
  });

  test('every record is a valid CSL item of the published schema', () => {
    for (const collection of ['articles', 'sections', 'sources', 'norms'] as const)
      for (const { id } of graph.collections[collection])
        expect(CslItemSchema.safeParse(citeRecord(graph, { collection, id })).error, id).toBeUndefined();
  });

  test('a page of the explorer is a web page published by the site', () => {
    expect(
      pageRecord(
        { collection: 'page', path: 'statistics/', title: 'Figures' },
        'en',
        'https://x.org/en/statistics/',
      ),
    ).toEqual({
      id: 'statistics',
      type: 'webpage',
      title: 'Figures',
      'container-title': 'Migration policy and labour rights: a research explorer',
      URL: 'https://x.org/en/statistics/',
      language: 'en',
    });
  });

  test('BibTeX is written in Unicode: Cyrillic survives, the section heading stays in the note', () => {
    const bib = toBib(
      [citeRecord(graph, { collection: 'sections', id: 'moldakhmetova-2025/conclusion' })],
      'bibtex',
    );
    expect(bib).toContain('title = {Влияние миграционной политики');
    expect(bib).toContain('note = {раздел «Заключение»}');
  });
});
