import { pick, type Picked, type UiLang } from '../../i18n';
import type { Reading } from '../../schemas/norm';
import type { Quote } from '../../schemas/quote';
import type { Entry } from '../content';
import { statusMark, statusPhrase, type StatusMark } from '../norm-status';
import { entityPath } from '../routes';
import type { MarkerShape } from './markers';

/** A norm's status as the timeline marks it (an unratified convention apart from an act in force). */
export type NormStatus = StatusMark;

/** Each status has its own marker shape, so that print in black and white keeps them apart. */
export const STATUS_SHAPES: Record<NormStatus, MarkerShape> = {
  'in-force': 'disc',
  // Half filled: in force, but not for Kazakhstan.
  'in-force-international': 'half',
  repealed: 'cross',
  replaced: 'diamond',
  unconfirmed: 'ring',
};

/** A labelled year on the time axis. */
export interface AxisTick {
  /** The year (its first day). */
  year: number;
  /** Position across the track, in per cent. */
  at: number;
  /** Major ticks stay labelled on narrow screens; minor ones only where there is room. */
  major: boolean;
}

/** One stretch of the time axis, linear within itself. */
export interface AxisSegment {
  /** The first year of the stretch. */
  from: number;
  /** The year the stretch ends at. */
  to: number;
  /** Where the stretch starts across the track, in per cent. */
  start: number;
  /** Where it ends, in per cent. */
  end: number;
  /** Its labelled years. */
  ticks: AxisTick[];
}

/** A time axis that may be broken: early years squeezed into a short stretch of their own. */
export interface TimeAxis {
  /** The stretches, left to right. */
  segments: AxisSegment[];
  /** Where the axis is broken, in per cent (between two stretches). */
  breaks: number[];
  /** Position of a (fractional) year across the track, in per cent. */
  at(year: number): number;
}

/** How the axis is laid out. */
export interface TimeAxisOptions {
  /** Years before this one go to a compressed stretch of their own (default 1990). */
  breakBefore?: number;
  /** Free space at each end of the track, in per cent (default 2). */
  padding?: number;
  /** Width of the compressed early stretch, in per cent (default 18). */
  earlyWidth?: number;
  /** Width of the break between the stretches, in per cent (default 8). */
  gap?: number;
}

/** One dated instrument on the timeline. */
export interface TimelineRow {
  /** The norm's id. */
  id: string;
  /** Its short title in the UI language (or Russian). */
  label: Picked;
  /** What kind of instrument. */
  kind: Entry<'norms'>['data']['kind'];
  /** Date of adoption or signature (ISO). */
  adopted: string;
  /** Its year. */
  year: number;
  /** Position of the adoption date across the track, in per cent. */
  at: number;
  /** The status, and the marker shape that shows it. */
  status: NormStatus;
  shape: MarkerShape;
  /** The status in words, in the UI language, with its grade and check date. */
  statusText: string;
  /** From when the status holds (ISO), where known. */
  since?: string;
  /** For a repealed or replaced instrument with a date: where its validity ends, in per cent. */
  until?: number;
  /** Base-less path of the norm's page. */
  path: string;
}

/** An instrument whose adoption date is not confirmed: listed beside the timeline. */
export interface UndatedNorm {
  /** The norm's id. */
  id: string;
  /** Its short title. */
  label: Picked;
  /** What kind of instrument. */
  kind: Entry<'norms'>['data']['kind'];
  /** The status and its marker shape. */
  status: NormStatus;
  shape: MarkerShape;
  /** The status in words, in the UI language, with its check date. */
  statusText: string;
  /** Base-less path of the norm's page. */
  path: string;
  /**
   * How the article names it, verbatim (the only dating the article itself may give), then the
   * passages the editors read as it, each with its note.
   */
  places: (Quote | Reading)[];
}

/** The timeline: an axis, one row per dated instrument in date order, and the undated ones. */
export interface TimelineLayout {
  axis: TimeAxis;
  rows: TimelineRow[];
  undated: UndatedNorm[];
}

/** An ISO day as a fractional year: 2011-07-22 → 2011.55. */
export function decimalYear(iso: string): number {
  const [year = NaN, month = 1, day = 1] = iso.split('-').map(Number);
  const start = Date.UTC(year, 0, 1);
  return year + (Date.UTC(year, month - 1, day) - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** Per cent rounded to hundredths: enough for a screen, short in the HTML. */
const round = (value: number): number => Math.round(value * 100) / 100;

/** The roundest step (5, 10, 20, 25 or 50 years) that gives at most `count` intervals. */
function tickStep(span: number, count: number): number {
  return [5, 10, 20, 25, 50].find((step) => span / step <= count) ?? 100;
}

/**
 * A stretch and its ticks: about one interval per 8 % of width, every other tick major. A tick at
 * the end of a stretch that a break follows is minor: on a narrow screen its label would run into
 * the first label after the break.
 */
function segment(from: number, to: number, start: number, end: number, breakAfter: boolean): AxisSegment {
  const step = tickStep(to - from, Math.max(1, ((end - start) / 100) * 12));
  const ticks: AxisTick[] = [];
  const first = Math.ceil(from / step) * step;
  for (let year = first; year <= to; year += step) {
    const at = round(start + ((year - from) / (to - from)) * (end - start));
    const major = (year - first) % (2 * step) === 0 && !(breakAfter && year === to);
    ticks.push({ year, at, major });
  }
  return { from, to, start, end, ticks };
}

/**
 * A time axis covering `years`. Years from `breakBefore` on get most of the width (rounded out
 * to whole lustra); earlier ones, if any, a short stretch of their own (rounded out to decades),
 * with a break between. Within each stretch the scale is linear.
 */
export function timeAxis(years: number[], options: TimeAxisOptions = {}): TimeAxis {
  const { breakBefore = 1990, padding = 2, earlyWidth = 18, gap = 8 } = options;
  const early = years.filter((y) => y < breakBefore);
  const main = years.filter((y) => y >= breakBefore);
  const lastYear = Math.max(...(main.length > 0 ? main : years));
  const mainFrom = main.length > 0 ? breakBefore : Math.floor(Math.min(...years) / 5) * 5;
  const mainTo = Math.floor(lastYear / 5) * 5 + 5;
  const segments: AxisSegment[] = [];
  const breaks: number[] = [];
  let start = padding;
  if (early.length > 0 && main.length > 0) {
    const from = Math.floor(Math.min(...early) / 10) * 10;
    const to = Math.max(from + 10, Math.ceil(Math.max(...early) / 10) * 10);
    segments.push(segment(from, to, start, start + earlyWidth, true));
    breaks.push(start + earlyWidth + gap / 2);
    start += earlyWidth + gap;
  }
  segments.push(segment(mainFrom, mainTo, start, 100 - padding, false));
  const at = (year: number): number => {
    const s = segments.find((seg) => year <= seg.to) ?? segments[segments.length - 1]!;
    return round(s.start + ((year - s.from) / (s.to - s.from)) * (s.end - s.start));
  };
  return { segments, breaks, at };
}

/**
 * Lays out the timeline of the instruments: every norm with a confirmed adoption date becomes a
 * row, in date order, placed on a shared axis; a repealed or replaced norm whose status has a date
 * also shows how long it held. Norms with no confirmed date are returned apart, never placed.
 */
export function timelineLayout(
  norms: Entry<'norms'>[],
  lang: UiLang,
  options: TimeAxisOptions = {},
): TimelineLayout {
  const dated = norms
    .flatMap((norm) => (norm.data.official.adopted ? [{ norm, adopted: norm.data.official.adopted }] : []))
    .sort((a, b) => a.adopted.localeCompare(b.adopted, 'en') || a.norm.id.localeCompare(b.norm.id, 'en'));
  const ends = (status: Entry<'norms'>['data']['official']['status']) =>
    status.state === 'repealed' || status.state === 'replaced' ? status.since : undefined;
  const years = dated.flatMap(({ norm, adopted }) => {
    const end = ends(norm.data.official.status);
    return end ? [decimalYear(adopted), decimalYear(end)] : [decimalYear(adopted)];
  });
  const axis = timeAxis(years.length > 0 ? years : [options.breakBefore ?? 1990], options);
  const rows = dated.map(({ norm, adopted }): TimelineRow => {
    const { status } = norm.data.official;
    const end = ends(status);
    const since = status.state === 'unconfirmed' ? undefined : status.since;
    const at = axis.at(decimalYear(adopted));
    return {
      id: norm.id,
      label: pick(norm.data.shortTitle, lang),
      kind: norm.data.kind,
      adopted,
      year: Math.trunc(decimalYear(adopted)),
      at,
      status: statusMark(norm.data),
      shape: STATUS_SHAPES[statusMark(norm.data)],
      statusText: statusPhrase(norm.data, lang),
      ...(since ? { since } : {}),
      ...(end ? { until: axis.at(decimalYear(end)) } : {}),
      path: entityPath('norms', norm.id),
    };
  });
  const undated = norms
    .filter((norm) => norm.data.official.adopted === null)
    .map((norm): UndatedNorm => ({
      id: norm.id,
      label: pick(norm.data.shortTitle, lang),
      kind: norm.data.kind,
      status: statusMark(norm.data),
      shape: STATUS_SHAPES[statusMark(norm.data)],
      statusText: statusPhrase(norm.data, lang),
      path: entityPath('norms', norm.id),
      places: [...norm.data.namedAs, ...norm.data.identifiedAs],
    }));
  return { axis, rows, undated };
}

/** The anchor of a norm's row on the timeline, for links from the norm's page. */
export function timelineAnchor(norm: string): string {
  return `timeline-${norm}`;
}
