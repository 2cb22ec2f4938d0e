import type { Entry } from '../content';
import type { Graph } from '../graph';
import type { NumberedList } from '../graph/numbering';

/** A marker in the text pointing at a footnote or reference: where the entry's back-link leads. */
export interface MarkerSite {
  /** The section the marker stands in. */
  section: Entry<'sections'>;
  /** The paragraph number in the section. */
  paragraph: number;
  /** The marker's element id (`introduction-p3-fnref-1`). */
  marker: string;
}

/**
 * Every marker in the given sections that points into `list` (footnote markers, or bracket
 * citations), by the number it points at, in reading order.
 */
export function markerSites(
  graph: Graph,
  sections: Entry<'sections'>[],
  list: NumberedList,
): Map<number, MarkerSite[]> {
  const type = list === 'footnotes' ? 'footnote' : 'reference';
  const sites = new Map<number, MarkerSite[]>();
  for (const section of sections) {
    for (const { paragraph, target, marker } of graph.citations(section.id)) {
      if (target.type !== type || marker === undefined) continue;
      sites.set(target.number, [...(sites.get(target.number) ?? []), { section, paragraph, marker }]);
    }
  }
  return sites;
}
