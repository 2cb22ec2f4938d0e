import type { Entry } from '../content';

/** The sections before and after a section among its article's, in reading order (none at either end). */
export function sectionNeighbours(
  siblings: Entry<'sections'>[],
  section: Entry<'sections'>,
): { previous?: Entry<'sections'>; next?: Entry<'sections'> } {
  const position = siblings.findIndex((s) => s.id === section.id);
  const previous = position > 0 ? siblings[position - 1] : undefined;
  const next = siblings[position + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
