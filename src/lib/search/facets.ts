import type { Lang } from '../../schemas/common';
import type { Graph } from '../graph';

/** What a search result is; also the `type` filter's values (labels come from the UI strings). */
export type SearchType =
  'article' | 'section' | 'norm' | 'statistic' | 'source' | 'organization' | 'glossary' | 'note' | 'page';

/**
 * How much a page's heading weighs in search, where it should not weigh as a heading does. An
 * editorial note is about entries and its heading names them («… — Закон от 22 июля 2011 года
 * № 477-IV»): weighed as body text, the note no longer outranks the entry's own page.
 */
export const HEADING_WEIGHT: Partial<Record<SearchType, number>> = { note: 1 };

/** The filters, metadata and sort keys one page gives the search index. */
export interface SearchFacets {
  type: SearchType;
  /** Enacting state or organisation (ISO code or the organisation's English abbreviation). */
  jurisdiction?: string[];
  /** The year the entry is dated by (adoption, publication, reference date). */
  year?: number;
  /** Languages of the text on the page (its own content, not the UI). */
  languages: Lang[];
}

/** Languages a localized text exists in. */
function languagesOf(text: { ru: string; kk?: string | undefined; en?: string | undefined }): Lang[] {
  return (['ru', 'kk', 'en'] as const).filter((lang) => text[lang] !== undefined);
}

/** The search facets of an entry, read from the same data its page renders. */
export function facetsOf(
  graph: Graph,
  collection:
    'articles' | 'sections' | 'norms' | 'statistics' | 'sources' | 'organizations' | 'glossary' | 'notes',
  id: string,
): SearchFacets {
  switch (collection) {
    case 'articles': {
      const { publication } = graph.entry('articles', id).data;
      return { type: 'article', year: publication.year, languages: ['ru', 'kk', 'en'] };
    }
    case 'sections': {
      const { article } = graph.entry('sections', id).data;
      return {
        type: 'section',
        year: graph.entry('articles', article.id).data.publication.year,
        languages: ['ru'],
      };
    }
    case 'norms': {
      const { jurisdiction, official } = graph.entry('norms', id).data;
      const where =
        jurisdiction === 'KZ'
          ? 'KZ'
          : (graph.entry('organizations', jurisdiction.id).data.abbreviation?.en ?? jurisdiction.id);
      return {
        type: 'norm',
        jurisdiction: [where],
        ...(official.adopted ? { year: Number(official.adopted.slice(0, 4)) } : {}),
        languages: official.title ? (['ru', 'kk', 'en'] as const).filter((l) => official.title?.[l]) : ['ru'],
      };
    }
    case 'statistics': {
      const { at, geography } = graph.entry('statistics', id).data;
      const year = at.kind === 'date' ? Number(at.date.slice(0, 4)) : at.year;
      return { type: 'statistic', jurisdiction: [geography], year, languages: ['ru'] };
    }
    case 'sources': {
      const { year, language } = graph.entry('sources', id).data;
      return { type: 'source', ...(year !== null ? { year } : {}), languages: [language ?? 'ru'] };
    }
    case 'organizations': {
      const { country, name } = graph.entry('organizations', id).data;
      return {
        type: 'organization',
        jurisdiction: [country ?? 'international'],
        languages: languagesOf(name),
      };
    }
    case 'glossary':
      return { type: 'glossary', languages: languagesOf(graph.entry('glossary', id).data.term) };
    case 'notes':
      return { type: 'note', languages: languagesOf(graph.entry('notes', id).data.text) };
  }
}
