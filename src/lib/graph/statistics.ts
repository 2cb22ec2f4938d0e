import type { Entry } from '../content';
import type { ContentProblem } from '../integrity';
import { fileOf } from './keys';
import { numberKey } from './numbering';
import type { NumberedEntry } from './types';

/** The footnote or reference each figure cites, by figure id (figures cite by number too). */
export function statisticSources(
  statistics: Entry<'statistics'>[],
  numbered: Map<string, NumberedEntry>,
): Map<string, NumberedEntry> {
  return new Map(
    statistics.flatMap(({ id, data: { source, article } }) => {
      if (source.given === 'none') return [];
      const list = source.given === 'footnote' ? 'footnotes' : 'references';
      const entry = numbered.get(numberKey(article.id, list, source.number));
      return entry ? [[id, entry] as const] : [];
    }),
  );
}

/** Every figure that cites a number no source prints: one the figures' `statisticSources` lacks. */
export function findUnprintedStatisticSources(
  statistics: Entry<'statistics'>[],
  sources: Map<string, NumberedEntry>,
): ContentProblem[] {
  return statistics.flatMap((statistic) => {
    const { source, article } = statistic.data;
    if (source.given === 'none' || sources.has(statistic.id)) return [];
    return [
      {
        file: fileOf(statistic),
        field: 'source.number',
        reason: `${source.given} ${source.number} is not printed by any source of ${article.id}`,
      },
    ];
  });
}
