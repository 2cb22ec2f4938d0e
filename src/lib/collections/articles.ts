import { pick, UI_LANGS } from '../../i18n';
import type { Declaration, View } from './spec';

export const articles = {
  name: 'articles',
  extension: 'yaml',
  pages: {
    folder: 'articles',
    search: { type: 'article', labelKey: 'search.type.article' },
    printsAsFacts: false,
    index: { navKey: 'nav.articles' },
  },
} satisfies Declaration<'articles'>;

export const articlesView = {
  label: (graph, id, lang) => pick(graph.entry('articles', id).data.shortTitle, lang),
  facets: (graph, id) => ({
    type: 'article',
    year: graph.entry('articles', id).data.publication.year,
    languages: [...UI_LANGS],
  }),
  listing: (graph, lang) => ({
    ids: graph.collections.articles.map((a) => a.id),
    describe: (id) => graph.entry('articles', id).data.title[lang],
  }),
} satisfies View;
