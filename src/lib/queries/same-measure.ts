import type { Entry } from '../content';

/** The other figures that measure what a figure measures (its `measure`), in the collection's order. */
export function sameMeasure(
  statistics: Entry<'statistics'>[],
  statistic: Entry<'statistics'>,
): Entry<'statistics'>[] {
  return statistics.filter((s) => s.data.measure === statistic.data.measure && s.id !== statistic.id);
}
