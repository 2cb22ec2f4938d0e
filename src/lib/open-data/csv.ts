import { locatorPath } from '../format';
import type { Graph } from '../graph';

/** A field as RFC 4180 writes it: quoted, inner quotes doubled, when it holds a quote, comma or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A CSV file (RFC 4180): fields separated by commas, records ended by CRLF. It starts with a
 * UTF-8 byte order mark, without which Excel reads UTF-8 as the local code page.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

/** The columns of `data/statistics.csv`, in order. */
export const STATISTICS_COLUMNS = [
  'id',
  'label_ru',
  'label_en',
  'value',
  'unit',
  'printed_value',
  'qualifier',
  'counts_ru',
  'measure',
  'date_or_year',
  'geography',
  'source_given',
  'source_number',
  'source_id',
  'sentence',
  'locator_url',
] as const;
export type StatisticsColumn = (typeof STATISTICS_COLUMNS)[number];

/**
 * One record per figure: its values as the data holds them (a value as a number with a point, a
 * date ISO 8601), the source it cites resolved to an id, and the absolute address of the sentence
 * that states it. Empty fields are values the figure does not have.
 */
export function statisticsRecords(graph: Graph, root: URL): Record<StatisticsColumn, string>[] {
  return graph.collections.statistics.map((statistic) => {
    const { data } = statistic;
    return {
      id: statistic.id,
      label_ru: data.label.ru,
      label_en: data.label.en ?? '',
      value: String(data.value),
      unit: data.unit,
      printed_value: data.printedValue,
      qualifier: data.qualifier ?? '',
      counts_ru: data.counts.ru,
      measure: data.measure,
      date_or_year: data.at.kind === 'date' ? data.at.date : String(data.at.year),
      geography: data.geography,
      source_given: data.source.given,
      source_number: data.source.given === 'none' ? '' : String(data.source.number),
      source_id: graph.sourceOfStatistic(statistic.id)?.source.id ?? '',
      sentence: data.sentence.text,
      locator_url: new URL(locatorPath(data.sentence.locator), root).href,
    };
  });
}

/** `data/statistics.csv`: a header row, then one record per figure. */
export function statisticsCsv(graph: Graph, root: URL): string {
  const records = statisticsRecords(graph, root);
  return toCsv([STATISTICS_COLUMNS, ...records.map((record) => STATISTICS_COLUMNS.map((c) => record[c]))]);
}
