import { pick, type Picked, type UiLang } from '../../i18n';
import type { ComparisonRow } from '../../schemas/comparison';
import type { Quote } from '../../schemas/quote';
import { entityLabel } from '../collections/views';
import { locatorLabel, locatorPath } from '../format';
import type { Graph } from '../graph';
import { entityPath } from '../routes';
import type { MarkerShape } from './markers';

/** What the article says for a group, in one word. */
export type Position = ComparisonRow['eaeu']['position'];

/** The compared groups, in column order: EAEU citizens, then migrant workers from other states. */
export const GROUPS = ['eaeu', 'others'] as const;
export type Group = (typeof GROUPS)[number];

/** The positions, from the most to the least secure, as the key lists them. */
export const POSITIONS: readonly Position[] = ['guaranteed', 'restricted', 'at-risk', 'not-addressed'];

/** Each position has its own marker shape, so that print in black and white keeps them apart. */
export const POSITION_SHAPES: Record<Position, MarkerShape> = {
  guaranteed: 'disc',
  restricted: 'half',
  'at-risk': 'triangle',
  'not-addressed': 'dash',
};

/** The fragment id of the matrix's section on the overview page, and a base-less link to it. */
export const MATRIX_ANCHOR = 'comparison';
export const MATRIX_PATH = `overview/#${MATRIX_ANCHOR}`;

/** The fragment id of a comparison row on the overview page. */
export const comparisonAnchor = (id: string): string => `comparison-${id}`;

/** Base-less link to a comparison row: rows have no page of their own, they stand in the matrix. */
export const comparisonRowPath = (id: string): string => `overview/#${comparisonAnchor(id)}`;

/** A comparison row as a link: its aspect in the UI language and where the row stands. */
export function comparisonRowLink(graph: Graph, id: string, lang: UiLang): { label: Picked; path: string } {
  return { label: pick(graph.entry('comparisons', id).data.aspect, lang), path: comparisonRowPath(id) };
}

/** A sentence of the article that supports a cell, and where it stands. */
export interface SupportLink {
  /** The words, verbatim (Russian, as printed). */
  text: string;
  /** Base-less permalink of the paragraph (or footnote) it stands in. */
  path: string;
  /** A short label of the place: «Результаты и обсуждение, абз. 7». */
  place: string;
}

/** The article's sentences, each with a link to where it stands. */
export function supportLinks(graph: Graph, quotes: Quote[], lang: UiLang): SupportLink[] {
  return quotes.map((quote) => ({
    text: quote.text,
    path: locatorPath(quote.locator),
    place: locatorLabel(graph, quote.locator, lang),
  }));
}

/** What the article says about one group on one aspect. */
export interface MatrixCell {
  /** The position in one word, and the marker shape that shows it. */
  position: Position;
  shape: MarkerShape;
  /** The editorial paraphrase, in the UI language (or Russian). */
  summary: Picked;
  /** The supporting sentences, in the order the content gives them. */
  support: SupportLink[];
}

/** One aspect (a right or condition) and what the article says for each group. */
export interface MatrixRow {
  /** The row's id. */
  id: string;
  /** A fragment id for linking to the row on the page. */
  anchor: string;
  /** The right or condition. */
  aspect: Picked;
  /** One cell per group. */
  cells: Record<Group, MatrixCell>;
  /** The instruments the row concerns, linked. */
  norms: { id: string; label: Picked; path: string }[];
  /** The editorial notes about the row, linked (their titles in the UI language). */
  notes: { id: string; title: Picked; path: string }[];
}

/** The comparison: rows in order, and how many cells of each group hold each position. */
export interface ComparisonMatrix {
  rows: MatrixRow[];
  tally: Record<Group, Record<Position, number>>;
}

/**
 * The matrix comparing EAEU citizens with other migrant workers, from the `comparisons`
 * collection (rows in their `order`), optionally for one article only. Every cell keeps its
 * supporting quotes with links to the paragraphs they stand in.
 */
export function comparisonMatrix(graph: Graph, lang: UiLang, article?: string): ComparisonMatrix {
  const entries = graph.collections.comparisons.filter(
    (entry) => article === undefined || entry.data.article.id === article,
  );
  const emptyTally = () =>
    Object.fromEntries(POSITIONS.map((position) => [position, 0])) as Record<Position, number>;
  const tally: Record<Group, Record<Position, number>> = { eaeu: emptyTally(), others: emptyTally() };
  const cell = (group: Group, data: ComparisonRow): MatrixCell => {
    const { position, summary, support } = data[group];
    tally[group][position] += 1;
    return {
      position,
      shape: POSITION_SHAPES[position],
      summary: pick(summary, lang),
      support: supportLinks(graph, support, lang),
    };
  };
  const rows = entries.map(({ id, data }): MatrixRow => ({
    id,
    anchor: comparisonAnchor(id),
    aspect: pick(data.aspect, lang),
    cells: { eaeu: cell('eaeu', data), others: cell('others', data) },
    norms: data.norms.map((norm) => ({
      id: norm.id,
      label: entityLabel(graph, 'norms', norm.id, lang),
      path: entityPath('norms', norm.id),
    })),
    notes: graph.notesAbout('comparisons', id).map((note) => ({
      id: note.id,
      title: pick(note.data.title, lang),
      path: entityPath('notes', note.id),
    })),
  }));
  return { rows, tally };
}
