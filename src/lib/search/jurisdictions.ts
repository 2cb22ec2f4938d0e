import { pick, useTranslations, type UiLang } from '../../i18n';
import type { Graph } from '../graph';

/**
 * The jurisdiction filter's value of an instrument's enacting state or organisation: «KZ», or
 * the organisation's English abbreviation (its id where it has none).
 */
export function jurisdictionValue(graph: Graph, jurisdiction: 'KZ' | { id: string }): string {
  if (jurisdiction === 'KZ') return 'KZ';
  return graph.entry('organizations', jurisdiction.id).data.abbreviation?.en ?? jurisdiction.id;
}

/** The jurisdiction filter's values labelled in the UI language (ЕАЭС, ЕАЭО, EAEU). */
export function jurisdictionLabels(graph: Graph, lang: UiLang): Record<string, string> {
  const organizations = graph.collections.organizations.map(({ id, data }) => [
    jurisdictionValue(graph, { id }),
    pick(data.abbreviation ?? data.name, lang).text,
  ]);
  return { KZ: useTranslations(lang)('search.jurisdiction.KZ'), ...Object.fromEntries(organizations) };
}
