import { loadCollections, type CollectionName, type Collections, type Entry } from '../content';
import { checkEditorialQuotations } from '../editorial-quotations';
import { ContentError, findDanglingReferences, type ContentProblem } from '../integrity';
import type { ArticleReferencesData } from '../markdown/remark-article-references';
import {
  findReadingsOffTheirNote,
  findUnidentifyingNames,
  normPlaces,
  type NormPlaces,
} from '../norm-places';
import { articleTexts } from './article-texts';
import { findMisplacedNormMentions, findUnknownMentions, findUnprintedCitations } from './citation-checks';
import { placedNormSites, siteIndex, textCitationSites } from './citation-sites';
import { idIndex, sortCollections, type IdIndex } from './collections';
import { findAbsentGlossaryForms, glossarySites } from './glossary';
import { entityKey } from './keys';
import { findLocatorProblems } from './locators';
import { noteIndex } from './notes';
import { findDuplicateNumbers, numberIndex, numberedLists } from './numbering';
import { relatedIndex } from './related';
import { mentionIndex, sectionSourcesIndex } from './section-citations';
import { findUnrenderedSections, renderedSections } from './sections';
import { findUnprintedStatisticSources, statisticSources } from './statistics';
import type { Graph, NumberedEntry } from './types';
import { findUrlSlipProblems } from './url-slips';

export { articleTexts } from './article-texts';
export type { CitationSite, Graph, NumberedEntry, RelatedEntry } from './types';

/**
 * Builds the graph from its indexes, then runs every integrity check on it: references resolve,
 * every citation in the text has its footnote or reference, numbers are not claimed twice, and
 * every quote stands verbatim where its locator says. Any problem throws one ContentError that
 * lists them all.
 */
export function buildGraph(input: Collections): Graph {
  const collections = sortCollections(input);
  const indexes = buildIndexes(collections);
  const graph = graphOf(collections, indexes);
  const problems = findContentProblems(graph, indexes);
  if (problems.length > 0) throw new ContentError(problems);
  return graph;
}

/** The indexes that both the graph and the integrity checks read. */
interface Indexes {
  ids: IdIndex;
  rendered: Map<string, ArticleReferencesData>;
  numbered: Map<string, NumberedEntry>;
  places: NormPlaces;
  statistics: Map<string, NumberedEntry>;
}

function buildIndexes(collections: Collections): Indexes {
  const numbered = numberIndex(collections.sources);
  return {
    ids: idIndex(collections),
    rendered: renderedSections(collections.sections),
    numbered,
    places: normPlaces(collections.norms),
    statistics: statisticSources(collections.statistics, numbered),
  };
}

/** The graph over sorted collections; citations that resolve to nothing are left out of it. */
function graphOf(collections: Collections, indexes: Indexes): Graph {
  const { ids, rendered, numbered, places, statistics } = indexes;
  const paragraphs = (section: string) => rendered.get(section)?.paragraphs ?? [];
  const listOf = numberedLists(numbered);
  const citedIn = siteIndex(collections.sections, [
    ...textCitationSites(collections.sections, rendered, { ids, numbered, places }),
    ...placedNormSites(places, ids, paragraphs),
    ...glossarySites(collections.glossary, collections.sections, paragraphs),
  ]);
  const notes = noteIndex(collections.notes);
  const related = relatedIndex(citedIn);
  const sectionSources = sectionSourcesIndex(collections.sections, rendered, numbered);
  const mentions = mentionIndex(collections.sections, rendered, ids);
  return {
    collections,
    entry<C extends CollectionName>(collection: C, id: string): Entry<C> {
      const found = ids.get(collection, id);
      if (!found) throw new Error(`unknown ${collection} id "${id}"`);
      return found;
    },
    sections: (article) => collections.sections.filter((s) => s.data.article.id === article),
    paragraphs,
    footnotes: (article) => listOf(article, 'footnotes'),
    references: (article) => listOf(article, 'references'),
    citedBySection: (section) => {
      const cited = sectionSources.get(section);
      return { footnotes: [...(cited?.footnotes ?? [])], references: [...(cited?.references ?? [])] };
    },
    citations: (section) => rendered.get(section)?.citations ?? [],
    sourceOfStatistic: (id) => statistics.get(id),
    mentionsIn: (section) => [...(mentions.get(section) ?? [])],
    citedIn: (collection, id) => citedIn.get(entityKey(collection, id)) ?? [],
    related: (collection, id) => related(entityKey(collection, id)),
    notesAbout: (collection, id) => notes.get(entityKey(collection, id)) ?? [],
  };
}

/** Every problem every integrity check finds in the graph's content, in one list. */
function findContentProblems(
  graph: Graph,
  { ids, rendered, numbered, places, statistics }: Indexes,
): ContentProblem[] {
  const { collections } = graph;
  const allParagraphs = collections.sections.flatMap((section) => graph.paragraphs(section.id));
  return [
    ...findDanglingReferences(collections),
    ...findUnidentifyingNames(collections.norms, collections.organizations),
    ...findReadingsOffTheirNote(collections.norms, collections.notes),
    ...findDuplicateNumbers(collections.sources),
    ...findUnrenderedSections(collections.sections),
    ...findUnknownMentions(collections.sections, rendered, { ids }),
    ...findMisplacedNormMentions(collections.sections, rendered, { ids, places }),
    ...findUnprintedCitations(collections.sections, rendered, { numbered }),
    ...findAbsentGlossaryForms(collections.glossary, collections.articles, allParagraphs),
    ...findUnprintedStatisticSources(collections.statistics, statistics),
    ...findLocatorProblems(graph),
    ...findUrlSlipProblems(collections),
    ...checkEditorialQuotations(collections, articleTexts(graph)),
  ];
}

let cached: Promise<Graph> | undefined;

/** The graph of the site's content, computed on first use and shared by every page. */
export function getGraph(): Promise<Graph> {
  cached ??= loadCollections().then(buildGraph);
  return cached;
}
