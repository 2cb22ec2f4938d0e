import { pick, type Picked, type UiLang } from '../../i18n';
import type { Entry } from '../content';
import { locatorLabel, locatorPath, printedFigure } from '../format';
import type { Graph } from '../graph';
import { byTimeThenReading, figureConflict } from '../queries/figure-conflicts';
import { entityPath } from '../routes';

type Statistic = Entry<'statistics'>;
/** What a figure counts in: people or per cent. */
export type Unit = Statistic['data']['unit'];
/** The date or year a figure refers to. */
export type ReferenceTime = Statistic['data']['at'];

/** A value axis from zero, shared by every panel of one unit. */
export interface ValueScale {
  /** The top of the axis. */
  max: number;
  /** Labelled values, with their position along the axis in per cent and how the label sits. */
  ticks: { value: number; at: number; align: 'start' | 'middle' | 'end' }[];
}

/**
 * How a value label sits on its tick: the axis has no margin, so the labels at either end sit
 * inside it rather than overhang the page; the others are centred.
 */
function tickAlign(at: number): ValueScale['ticks'][number]['align'] {
  return at === 0 ? 'start' : at === 100 ? 'end' : 'middle';
}

/** One figure as the article prints it. */
export interface FigurePoint {
  /** The statistic's id. */
  id: string;
  /** Its short label. */
  label: Picked;
  /** The value as a number, for the bar. */
  value: number;
  /** The value exactly as printed, with its hedge («около 17 425»). */
  printed: string;
  /** The date or year it refers to. */
  at: ReferenceTime;
  /** Length of its bar along the panel's axis, in per cent. */
  length: number;
  /** Base-less path of the statistic's page. */
  path: string;
  /** Where the article states it: a short label and the paragraph's permalink. */
  place: string;
  placePath: string;
  /** The source the article gives for it. */
  source: Statistic['data']['source'];
}

/** Figures shown together: one on its own, or several that state the same thing differently. */
export interface FigureGroup {
  points: FigurePoint[];
  /** Set when the figures count the same thing, at the same time and place, with different values. */
  conflict?: {
    /** Editorial notes about every figure of the group. */
    notes: { id: string; title: Picked; path: string }[];
  };
}

/** One panel: the figures of one measure in one unit, on the axis of that unit. */
export interface FigurePanel {
  /** The measure key shared by its figures. */
  measure: string;
  /** A fragment id for linking to the panel (measure and unit: a panel is one of each). */
  anchor: string;
  /** The unit of every figure in the panel. */
  unit: Unit;
  /** What is counted, in words (from the first figure). */
  counts: Picked;
  /** The axis of its unit, the same object for every panel of that unit. */
  scale: ValueScale;
  /** Its figures, grouped, in order of time and then of reading. */
  groups: FigureGroup[];
}

/**
 * A value axis from zero for values of one unit: per cent runs to 100 in quarters, counts to the
 * first round number (1, 2, 2.5 or 5 × 10ⁿ steps, four or so) at or above the largest value.
 */
export function valueScale(values: number[], unit: Unit): ValueScale {
  const largest = Math.max(0, ...values);
  let step: number;
  let max: number;
  if (unit === 'percent' && largest <= 100) {
    [step, max] = [25, 100];
  } else {
    const raw = largest > 0 ? largest / 4 : 1;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    step = ([1, 2, 2.5, 5, 10].find((n) => n * magnitude >= raw) ?? 10) * magnitude;
    max = Math.max(step, Math.ceil(largest / step) * step);
  }
  const ticks: ValueScale['ticks'] = [];
  for (let value = 0; value <= max + step / 1000; value += step) {
    const at = Math.round((value / max) * 10000) / 100;
    ticks.push({ value, at, align: tickAlign(at) });
  }
  return { max, ticks };
}

/**
 * The article's figures as small multiples: one panel per measure and unit. Panels of one unit
 * share one axis (every count of people on one scale, every share on 0–100), so that a longer bar
 * is always a larger number, also across panels; figures of different units are never compared.
 * Figures that state the same quantity with different values are grouped and flagged as
 * conflicting, with the editorial notes that discuss all of them.
 */
export function figuresChart(graph: Graph, lang: UiLang, article?: string): FigurePanel[] {
  const statistics = graph.collections.statistics
    .filter((s) => article === undefined || s.data.article.id === article)
    .sort(byTimeThenReading(graph));
  const scales = new Map<Unit, ValueScale>();
  for (const unit of new Set(statistics.map((s) => s.data.unit))) {
    const values = statistics.filter((s) => s.data.unit === unit).map((s) => s.data.value);
    scales.set(unit, valueScale(values, unit));
  }
  const panels = new Map<string, Statistic[]>();
  for (const s of statistics) {
    const key = `${s.data.measure} ${s.data.unit}`;
    panels.set(key, [...(panels.get(key) ?? []), s]);
  }
  return [...panels.values()].map((members): FigurePanel => {
    const first = members[0]!.data;
    const scale = scales.get(first.unit)!;
    const point = ({ id, data }: Statistic): FigurePoint => ({
      id,
      label: pick(data.label, lang),
      value: data.value,
      printed: printedFigure(data),
      at: data.at,
      length: Math.round((Math.max(0, data.value) / scale.max) * 10000) / 100,
      path: entityPath('statistics', id),
      place: locatorLabel(graph, data.sentence.locator, lang),
      placePath: locatorPath(data.sentence.locator),
      source: data.source,
    });
    const groups: FigureGroup[] = [];
    for (const s of members) {
      const conflict = figureConflict(graph, s);
      if (!conflict) groups.push({ points: [point(s)] });
      else if (conflict.figures[0]?.id === s.id)
        groups.push({
          points: conflict.figures.map(point),
          conflict: {
            notes: conflict.notes.map((note) => ({
              id: note.id,
              title: pick(note.data.title, lang),
              path: entityPath('notes', note.id),
            })),
          },
        });
    }
    return {
      measure: first.measure,
      anchor: `figures-${first.measure}-${first.unit}`,
      unit: first.unit,
      counts: pick(first.counts, lang),
      scale,
      groups,
    };
  });
}
