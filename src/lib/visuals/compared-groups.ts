import { pick, type Picked, type UiLang } from '../../i18n';
import type { Graph } from '../graph';
import { GROUPS, supportLinks, type Group, type SupportLink } from './comparison-matrix';

/** Whose citizens stand in one group of the comparison, and the article's words that say so. */
export interface ComparedGroup {
  group: Group;
  /** The states, in the UI language, in the article's order, as one list («Россия, Кыргызстан»). */
  states: Picked;
  /** Why they stand in the group (editorial wording). */
  basis: Picked;
  /** The article's sentences naming them, linked to where they stand. */
  support: SupportLink[];
}

/**
 * The states in each group of the comparison (EAEU members, then the others), for the first
 * article (or the one given) that names them; empty where none does.
 */
export function comparedGroups(graph: Graph, lang: UiLang, article?: string): ComparedGroup[] {
  const named = graph.collections.articles.find(
    (entry) => (article === undefined || entry.id === article) && entry.data.comparedGroups,
  )?.data.comparedGroups;
  if (!named) return [];
  return GROUPS.map((group) => ({
    group,
    states: {
      text: named[group].states.map((state) => state[lang]).join(', '),
      lang,
    },
    basis: pick(named[group].basis, lang),
    support: supportLinks(graph, named[group].support, lang),
  }));
}
