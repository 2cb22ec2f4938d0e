/**
 * Open Graph tags (what link previews in messengers and social networks show) and the page
 * descriptions they carry.
 */
import { formatList, pick, useTranslations } from '../../i18n';
import { UI_LANGS, type UiLang } from '../../i18n/langs';
import type { Graph } from '../graph';

/** One `<meta property content>` pair. */
export interface OpenGraphTag {
  property: string;
  content: string;
}

/** What a page says about itself in a preview. */
export interface OpenGraphPage {
  /** The title. */
  title: string;
  /** A sentence or two about the page. */
  description: string;
  /** `article` for the article and its sections, `website` for other pages. */
  type: 'article' | 'website';
  /** The page's absolute URL. */
  url: string;
  /** The page's UI language. */
  lang: UiLang;
  /** The site's name. */
  siteName: string;
}

/** Open Graph locales (language_TERRITORY) of the UI languages. */
export const OG_LOCALES: Record<UiLang, string> = { ru: 'ru_RU', kk: 'kk_KZ', en: 'en_GB' };

/** Previews cut descriptions anyway; a cut at a word boundary reads better than theirs. */
const DESCRIPTION_LENGTH = 300;

/** A text shortened to `max` characters at a word boundary, with «…» where it was cut. */
export function shorten(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The `og:*` tags of a page, the other UI languages as `og:locale:alternate`. */
export function openGraphTags(page: OpenGraphPage): OpenGraphTag[] {
  return [
    { property: 'og:title', content: page.title },
    { property: 'og:type', content: page.type },
    { property: 'og:url', content: page.url },
    { property: 'og:locale', content: OG_LOCALES[page.lang] },
    ...UI_LANGS.filter((lang) => lang !== page.lang).map((lang) => ({
      property: 'og:locale:alternate',
      content: OG_LOCALES[lang],
    })),
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:description', content: shorten(page.description) },
  ];
}

/** The article's description: its abstract in the UI language. */
export function articleDescription(graph: Graph, articleId: string, lang: UiLang): string {
  return graph.entry('articles', articleId).data.abstract[lang];
}

/** A section's description: its heading, then the article it belongs to, its author(s) and year. */
export function sectionDescription(graph: Graph, sectionId: string, lang: UiLang): string {
  const t = useTranslations(lang);
  const section = graph.entry('sections', sectionId);
  const { data } = graph.entry('articles', section.data.article.id);
  return t('meta.description.section', {
    section: pick(section.data.navTitle, lang).text,
    article: data.citationTitle[lang],
    authors: formatList(
      lang,
      data.authors.map((author) => author.name[lang]),
    ),
    year: data.publication.year,
  });
}

/** A norm's description: its short name, then what its page holds. */
export function normDescription(graph: Graph, normId: string, lang: UiLang): string {
  const t = useTranslations(lang);
  return t('meta.description.norm', { name: pick(graph.entry('norms', normId).data.shortTitle, lang).text });
}

/** A figure's description: what it counts and the value as printed, then what its page holds. */
export function statisticDescription(graph: Graph, statisticId: string, lang: UiLang): string {
  const t = useTranslations(lang);
  const { data } = graph.entry('statistics', statisticId);
  return t('meta.description.statistic', {
    counts: pick(data.counts, lang).text,
    value: [data.qualifier, data.printedValue].filter(Boolean).join(' '),
  });
}
