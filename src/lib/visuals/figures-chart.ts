import { pick, type Picked, type UiLang } from '../../i18n';
import type { Locator } from '../../schemas/locator';
import type { Entry } from '../content';
import { locatorLabel, locatorPath } from '../format';
import type { Graph } from '../graph';
import { entityPath } from '../routes';

type Statistic = Entry<'statistics'>;
/** What a figure counts in: people or per cent. */
export type Unit = Statistic['data']['unit'];
/** The date or year a figure refers to. */
export type ReferenceTime = Statistic['data']['at'];

/** A panel's own value axis, from zero. */
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

/** One panel: the figures of one measure in one unit, on a scale of their own. */
export interface FigurePanel {
  /** The measure key shared by its figures. */
  measure: string;
  /** A fragment id for linking to the panel (measure and unit: a panel is one of each). */
  anchor: string;
  /** The unit of every figure in the panel. */
  unit: Unit;
  /** What is counted, in words (from the first figure). */
  counts: Picked;
  /** The panel's own axis. */
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

/** A sortable key for a reference time: `2022` sorts before `2022-04-01` and `2023`. */
export function timeKey(at: ReferenceTime): string {
  return at.kind === 'date' ? at.date : String(at.year);
}

/** Where a locator stands in reading order: section order, then paragraph (other places last). */
function readingPosition(graph: Graph, locator: Locator): [number, number] {
  if (locator.in !== 'body') return [Number.MAX_SAFE_INTEGER, 0];
  return [graph.entry('sections', locator.section.id).data.order, locator.paragraph];
}

/**
 * The article's figures as small multiples: one panel per measure and unit, each with its own
 * scale, since figures of different measures are not comparable. Figures of the same measure,
 * time and territory that differ in value are grouped and flagged as conflicting, with the
 * editorial notes that discuss all of them.
 */
export function figuresChart(graph: Graph, lang: UiLang, article?: string): FigurePanel[] {
  const statistics = graph.collections.statistics
    .filter((s) => article === undefined || s.data.article.id === article)
    .map((s) => ({ s, position: readingPosition(graph, s.data.sentence.locator) }))
    .sort(
      (a, b) =>
        timeKey(a.s.data.at).localeCompare(timeKey(b.s.data.at), 'en') ||
        a.position[0] - b.position[0] ||
        a.position[1] - b.position[1] ||
        a.s.id.localeCompare(b.s.id, 'en'),
    )
    .map(({ s }) => s);
  const panels = new Map<string, Statistic[]>();
  for (const s of statistics) {
    const key = `${s.data.measure} ${s.data.unit}`;
    panels.set(key, [...(panels.get(key) ?? []), s]);
  }
  return [...panels.values()].map((members): FigurePanel => {
    const first = members[0]!.data;
    const scale = valueScale(
      members.map((s) => s.data.value),
      first.unit,
    );
    const point = ({ id, data }: Statistic): FigurePoint => ({
      id,
      label: pick(data.label, lang),
      value: data.value,
      printed: data.qualifier ? `${data.qualifier} ${data.printedValue}` : data.printedValue,
      at: data.at,
      length: Math.round((Math.max(0, data.value) / scale.max) * 10000) / 100,
      path: entityPath('statistics', id),
      place: locatorLabel(graph, data.sentence.locator, lang),
      placePath: locatorPath(data.sentence.locator),
      source: data.source,
    });
    const same = new Map<string, Statistic[]>();
    for (const s of members) {
      const key = `${timeKey(s.data.at)} ${s.data.geography}`;
      same.set(key, [...(same.get(key) ?? []), s]);
    }
    const groups: FigureGroup[] = [];
    for (const s of members) {
      const peers = same.get(`${timeKey(s.data.at)} ${s.data.geography}`) ?? [s];
      const conflicting = new Set(peers.map((p) => p.data.value)).size > 1;
      if (!conflicting) groups.push({ points: [point(s)] });
      else if (peers[0] === s)
        groups.push({ points: peers.map(point), conflict: { notes: notesAboutAll(graph, peers, lang) } });
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

/** The editorial notes about every one of the given figures. */
function notesAboutAll(
  graph: Graph,
  figures: Statistic[],
  lang: UiLang,
): NonNullable<FigureGroup['conflict']>['notes'] {
  const [head, ...rest] = figures.map((f) => graph.notesAbout('statistics', f.id));
  return (head ?? [])
    .filter((note) => rest.every((notes) => notes.some((n) => n.id === note.id)))
    .map((note) => ({ id: note.id, title: pick(note.data.title, lang), path: entityPath('notes', note.id) }));
}
