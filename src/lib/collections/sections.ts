import { pick } from '../../i18n';
import type { Declaration, View } from './spec';

/** The article's sections: Markdown, their body the article's text; listed under their article. */
export const sections = {
  name: 'sections',
  extension: 'md',
  // Section ids are `<article>/<section>`, so their pages nest under the article's.
  pages: {
    folder: 'articles',
    search: { type: 'section', labelKey: 'search.type.section' },
    printsAsFacts: false,
  },
} satisfies Declaration<'sections'>;

export const sectionsView = {
  label: (graph, id, lang) => pick(graph.entry('sections', id).data.navTitle, lang),
  facets: (graph, id) => ({
    type: 'section',
    year: graph.entry('articles', graph.entry('sections', id).data.article.id).data.publication.year,
    languages: ['ru'],
  }),
} satisfies View;
