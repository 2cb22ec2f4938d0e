import { pick } from '../../i18n';
import { languagesOf } from '../search/facets';
import type { Declaration, View } from './spec';

/** The glossary; its index page is its own (terms in three languages side by side). */
export const glossary = {
  name: 'glossary',
  extension: 'yaml',
  openData: { quotesArticle: false },
  pages: {
    folder: 'glossary',
    search: { type: 'glossary', labelKey: 'entity.kind.glossary' },
    related: { kindKey: 'entity.kind.glossary' },
    printsAsFacts: true,
    index: { navKey: 'nav.glossary' },
  },
} satisfies Declaration<'glossary'>;

export const glossaryView = {
  label: (graph, id, lang) => pick(graph.entry('glossary', id).data.term, lang),
  facets: (graph, id) => ({
    type: 'glossary',
    languages: languagesOf(graph.entry('glossary', id).data.term),
  }),
} satisfies View;
