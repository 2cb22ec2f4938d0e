/**
 * A paragraph range of a section's print document (`?from=3&to=7`). No imports: the browser runs
 * this to narrow the printed text and its sources.
 */

/** A range of paragraph numbers, both ends included. */
export interface ParagraphRange {
  /** The first paragraph printed. */
  from: number;
  /** The last paragraph printed. */
  to: number;
}

/**
 * The range a query asks for, clamped to the section's paragraphs (1…count); undefined when it
 * asks for none, or for the whole section. A missing end means the section's first or last.
 */
export function parseRange(search: string, count: number): ParagraphRange | undefined {
  const params = new URLSearchParams(search);
  const read = (name: string, fallback: number) => {
    const value = Number.parseInt(params.get(name) ?? '', 10);
    return Number.isNaN(value) ? fallback : Math.min(Math.max(value, 1), count);
  };
  if (!params.has('from') && !params.has('to')) return undefined;
  const [from, to] = [read('from', 1), read('to', count)].sort((a, b) => a - b) as [number, number];
  return from === 1 && to === count ? undefined : { from, to };
}

/** The paragraphs a range keeps, as their numbers. */
export function rangeNumbers(range: ParagraphRange): number[] {
  return Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
}

/** Whether an item cited by the given paragraph anchors is still cited by the kept ones. */
export function stillCited(citedIn: string[], kept: ReadonlySet<string>): boolean {
  return citedIn.some((anchor) => kept.has(anchor));
}

/** The paragraph locator for a range in a citation: «3–7», or «3» for one paragraph. */
export function rangeLabel(range: ParagraphRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}

/** Stands for the paragraph range in a citation rendered at build time; the script fills it in. */
export const RANGE_TOKEN = '⟦range⟧';
