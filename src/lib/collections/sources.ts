import { formatList, useTranslations } from '../../i18n';
import { SOURCE_KIND } from '../../i18n/keys';
import type { Declaration, View } from './spec';

export const sources = {
  name: 'sources',
  extension: 'yaml',
  openData: { quotesArticle: true },
  pages: {
    folder: 'sources',
    search: { type: 'source', labelKey: 'entity.kind.sources' },
    related: { kindKey: 'entity.kind.sources' },
    printsAsFacts: true,
    index: { navKey: 'nav.sources' },
  },
} satisfies Declaration<'sources'>;

export const sourcesView = {
  // Titles are given as printed, in the source's own language.
  label: (graph, id) => ({ text: graph.entry('sources', id).data.title, lang: 'ru' }),
  facets: (graph, id) => {
    const { year, language } = graph.entry('sources', id).data;
    return { type: 'source', ...(year !== null ? { year } : {}), languages: [language ?? 'ru'] };
  },
  listing: (graph, lang) => {
    const t = useTranslations(lang);
    return {
      ids: graph.collections.sources.map((s) => s.id),
      describe: (id) => {
        const { kind, year, citedAs } = graph.entry('sources', id).data;
        const places = formatList(
          lang,
          citedAs.map((c) =>
            t(c.list === 'footnotes' ? 'source.footnoteN' : 'source.referenceN', { number: c.number }),
          ),
        );
        return year === null
          ? t('source.listing.undated', { kind: t(SOURCE_KIND[kind]), places })
          : t('source.listing', { kind: t(SOURCE_KIND[kind]), year, places });
      },
    };
  },
} satisfies View;
