import { NORM_KIND, ORGANIZATION_KIND, SOURCE_KIND } from '../i18n/keys';
import { useTranslations, type UiLang } from '../i18n';
import type { Graph } from './graph';
import { statusPhrase } from './norm-status';

/** The collections whose index page is a plain list (notes and the glossary have their own). */
export const LISTED = ['articles', 'norms', 'statistics', 'sources', 'organizations'] as const;
export type Listed = (typeof LISTED)[number];

/** What an index page lists: entries in display order, and the line shown beside each. */
export interface Listing {
  ids: string[];
  describe: (id: string) => string;
}

/** The listing of a collection's index page, in the UI language. */
export function indexListing(graph: Graph, collection: Listed, lang: UiLang): Listing {
  const t = useTranslations(lang);
  const { collections } = graph;
  switch (collection) {
    case 'articles':
      return {
        ids: collections.articles.map((a) => a.id),
        describe: (id) => graph.entry('articles', id).data.title[lang],
      };
    case 'norms':
      // By adoption date; instruments whose date is unconfirmed last.
      return {
        ids: [...collections.norms]
          .sort((a, b) =>
            (a.data.official.adopted ?? '9999').localeCompare(b.data.official.adopted ?? '9999', 'en'),
          )
          .map((n) => n.id),
        describe: (id) => {
          const norm = graph.entry('norms', id).data;
          return [t(NORM_KIND[norm.kind]), norm.official.adopted?.slice(0, 4), statusPhrase(norm, lang)]
            .filter(Boolean)
            .join(', ');
        },
      };
    case 'statistics':
      return {
        ids: collections.statistics.map((s) => s.id),
        describe: (id) => graph.entry('statistics', id).data.printedValue,
      };
    case 'sources':
      return {
        ids: collections.sources.map((s) => s.id),
        describe: (id) => {
          const { kind, year, citedAs } = graph.entry('sources', id).data;
          const where = citedAs.map((c) =>
            t(c.list === 'footnotes' ? 'source.footnoteN' : 'source.referenceN', { number: c.number }),
          );
          return [t(SOURCE_KIND[kind]), year, ...where].filter(Boolean).join(', ');
        },
      };
    case 'organizations':
      return {
        ids: collections.organizations.map((o) => o.id),
        describe: (id) => t(ORGANIZATION_KIND[graph.entry('organizations', id).data.kind]),
      };
  }
}
