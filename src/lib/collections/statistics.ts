import { pick } from '../../i18n';
import type { Declaration, View } from './spec';

export const statistics = {
  name: 'statistics',
  extension: 'yaml',
  mention: 'stat',
  openData: { quotesArticle: true },
  pages: {
    folder: 'statistics',
    search: { type: 'statistic', labelKey: 'entity.kind.statistics' },
    related: { kindKey: 'entity.kind.statistics' },
    printsAsFacts: true,
    index: { navKey: 'nav.statistics' },
  },
} satisfies Declaration<'statistics'>;

export const statisticsView = {
  label: (graph, id, lang) => pick(graph.entry('statistics', id).data.label, lang),
  facets: (graph, id) => {
    const { at, geography } = graph.entry('statistics', id).data;
    const year = at.kind === 'date' ? Number(at.date.slice(0, 4)) : at.year;
    return { type: 'statistic', jurisdiction: [geography], year, languages: ['ru'] };
  },
  listing: (graph) => ({
    ids: graph.collections.statistics.map((s) => s.id),
    describe: (id) => graph.entry('statistics', id).data.printedValue,
  }),
} satisfies View;
