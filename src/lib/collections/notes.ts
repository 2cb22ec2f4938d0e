import { pick } from '../../i18n';
import { languagesOf } from '../search/facets';
import type { Declaration, View } from './spec';

/** Editorial notes; their index page is their own (grouped by what they are about). */
export const notes = {
  name: 'notes',
  extension: 'yaml',
  openData: { quotesArticle: false },
  pages: {
    folder: 'notes',
    search: { type: 'note', labelKey: 'search.type.note' },
    printsAsFacts: true,
    index: { navKey: 'nav.notes' },
  },
} satisfies Declaration<'notes'>;

export const notesView = {
  label: (graph, id, lang) => pick(graph.entry('notes', id).data.title, lang),
  facets: (graph, id) => ({ type: 'note', languages: languagesOf(graph.entry('notes', id).data.text) }),
} satisfies View;
