import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import {
  csvField,
  STATISTICS_COLUMNS,
  statisticsCsv,
  statisticsRecords,
  toCsv,
} from '../../../src/lib/open-data/csv';
import { loadContent } from '../../support/load-content';

const root = new URL('https://example.org/');
let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('tests/fixtures/content'));
});

describe('RFC 4180 writing', () => {
  test('quotes a field only when it must, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('86,1 %')).toBe('"86,1 %"');
    expect(csvField('«Закон» "о"')).toBe('"«Закон» ""о"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  test('starts with a byte order mark and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', 'x,y'],
      ]),
    ).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});

describe('statistics', () => {
  test('one record per figure, the cited source resolved and the sentence linked', () => {
    expect(statisticsRecords(graph, root)).toEqual([
      {
        id: 'demo-arrivals',
        label_ru: 'Прибывшие в 2022 году',
        label_en: 'Arrivals in 2022',
        value: '17425',
        unit: 'persons',
        printed_value: '17 425',
        qualifier: '',
        counts_ru: 'лица, прибывшие в 2022 году',
        measure: 'arrivals',
        date_or_year: '2022',
        geography: 'KZ',
        source_given: 'footnote',
        source_number: '1',
        source_id: 'demo-report',
        sentence: 'В 2022 году прибыло 17 425 лиц',
        locator_url: 'https://example.org/articles/demo-2024/introduction/#introduction-p2',
      },
    ]);
  });

  test('the file has the header row and a row per figure', () => {
    const lines = statisticsCsv(graph, root).split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${STATISTICS_COLUMNS.join(',')}`);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',"лица, прибывшие в 2022 году",');
    expect(lines[2]).toBe('');
  });
});
