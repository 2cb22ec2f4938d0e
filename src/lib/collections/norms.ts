import { pick, UI_LANGS, useTranslations } from '../../i18n';
import { NORM_KIND } from '../../i18n/keys';
import { statusPhrase } from '../norm-status';
import { jurisdictionValue } from '../search/jurisdictions';
import type { Declaration, View } from './spec';

export const norms = {
  name: 'norms',
  extension: 'yaml',
  mention: 'norm',
  openData: { quotesArticle: true },
  pages: {
    folder: 'norms',
    search: { type: 'norm', labelKey: 'entity.kind.norms' },
    related: { kindKey: 'entity.kind.norms' },
    printsAsFacts: true,
    index: { navKey: 'nav.norms' },
  },
} satisfies Declaration<'norms'>;

export const normsView = {
  label: (graph, id, lang) => pick(graph.entry('norms', id).data.shortTitle, lang),
  facets: (graph, id) => {
    const { jurisdiction, official } = graph.entry('norms', id).data;
    return {
      type: 'norm',
      jurisdiction: [jurisdictionValue(graph, jurisdiction)],
      ...(official.adopted ? { year: Number(official.adopted.slice(0, 4)) } : {}),
      languages: official.title ? UI_LANGS.filter((l) => official.title?.[l]) : ['ru'],
    };
  },
  otherNames: (graph, id) => {
    const title = graph.entry('norms', id).data.official.title;
    return [title?.kk?.text, title?.en?.text].filter((name) => name !== undefined);
  },
  // By adoption date; instruments whose date is unconfirmed last.
  listing: (graph, lang) => {
    const t = useTranslations(lang);
    return {
      ids: [...graph.collections.norms]
        .sort((a, b) =>
          (a.data.official.adopted ?? '9999').localeCompare(b.data.official.adopted ?? '9999', 'en'),
        )
        .map((n) => n.id),
      describe: (id) => {
        const norm = graph.entry('norms', id).data;
        const kind = t(NORM_KIND[norm.kind]);
        const status = statusPhrase(norm, lang);
        const year = norm.official.adopted?.slice(0, 4);
        return year ? t('norm.listing', { kind, year, status }) : t('norm.listing.undated', { kind, status });
      },
    };
  },
} satisfies View;
