import { pick, useTranslations } from '../../i18n';
import { ORGANIZATION_KIND } from '../../i18n/keys';
import { languagesOf } from '../search/facets';
import type { Declaration, View } from './spec';

export const organizations = {
  name: 'organizations',
  extension: 'yaml',
  mention: 'org',
  openData: { quotesArticle: true },
  pages: {
    folder: 'organizations',
    search: { type: 'organization', labelKey: 'entity.kind.organizations' },
    related: { kindKey: 'entity.kind.organizations' },
    printsAsFacts: true,
    index: { navKey: 'nav.organizations' },
  },
} satisfies Declaration<'organizations'>;

export const organizationsView = {
  label: (graph, id, lang) => pick(graph.entry('organizations', id).data.name, lang),
  facets: (graph, id) => {
    const { country, name } = graph.entry('organizations', id).data;
    return { type: 'organization', jurisdiction: [country ?? 'international'], languages: languagesOf(name) };
  },
  listing: (graph, lang) => {
    const t = useTranslations(lang);
    return {
      ids: graph.collections.organizations.map((o) => o.id),
      describe: (id) => t(ORGANIZATION_KIND[graph.entry('organizations', id).data.kind]),
    };
  },
} satisfies View;
