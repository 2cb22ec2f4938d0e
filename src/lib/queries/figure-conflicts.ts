import type { Entry } from '../content';
import type { Graph } from '../graph';

type Statistic = Entry<'statistics'>;

/** A sortable key for a reference time: `2022` sorts before `2022-04-01` and `2023`. */
export function timeKey(at: Statistic['data']['at']): string {
  return at.kind === 'date' ? at.date : String(at.year);
}

/**
 * What a figure quantifies: its measure in its unit, for one territory at one time. Figures with
 * the same key state the same quantity, so they must agree.
 */
function quantityKey({ data }: Statistic): string {
  return [data.measure, data.unit, data.geography, timeKey(data.at)].join(' ');
}

/** Where a figure's sentence stands in reading order: section order, then paragraph (other places last). */
function readingPosition(graph: Graph, { data: { sentence } }: Statistic): [number, number] {
  const { locator } = sentence;
  if (locator.in !== 'body') return [Number.MAX_SAFE_INTEGER, 0];
  return [graph.entry('sections', locator.section.id).data.order, locator.paragraph];
}

/** Orders figures by the time they refer to, then by where the article states them. */
export function byTimeThenReading(graph: Graph): (a: Statistic, b: Statistic) => number {
  return (a, b) => {
    const [pa, pb] = [readingPosition(graph, a), readingPosition(graph, b)];
    return (
      timeKey(a.data.at).localeCompare(timeKey(b.data.at), 'en') ||
      pa[0] - pb[0] ||
      pa[1] - pb[1] ||
      a.id.localeCompare(b.id, 'en')
    );
  };
}

/** An article stating one quantity more than once, with different values. */
export interface FigureConflict {
  /** Every figure of the article that states the quantity, the given one too, in reading order. */
  figures: Statistic[];
  /** The editorial notes about every one of them. */
  notes: Entry<'notes'>[];
}

/**
 * The contradiction a figure is part of: the figures of its article that state the same quantity
 * (measure, unit, territory and time), where their values differ; undefined where they agree or it
 * stands alone. Only one article's figures are compared: two articles differing contradict neither
 * of them (the audit reports that).
 */
export function figureConflict(graph: Graph, statistic: Statistic): FigureConflict | undefined {
  const key = quantityKey(statistic);
  const figures = graph.collections.statistics
    .filter((s) => s.data.article.id === statistic.data.article.id && quantityKey(s) === key)
    .sort(byTimeThenReading(graph));
  if (new Set(figures.map((s) => s.data.value)).size < 2) return undefined;
  const [head, ...rest] = figures.map((s) => graph.notesAbout('statistics', s.id));
  const notes = (head ?? []).filter((note) => rest.every((about) => about.some((n) => n.id === note.id)));
  return { figures, notes };
}
