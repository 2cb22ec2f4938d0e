import { COLLECTION_NAME } from '../../i18n/keys';
import { pick, UI_LANGS, useTranslations, type UiLang } from '../../i18n';
import type { Graph } from '../graph';
import { ENTITY_COLLECTIONS } from '../routes';

/**
 * The running header of printed pages (the article's short title and the section) differs per
 * page, and `@page` margin boxes cannot read the document. So each page names its header with a
 * key (`<body data-running-header>`), and one generated stylesheet maps each key, per UI
 * language, to a named page whose top margin box prints that text. A static file: nothing inline
 * for a strict Content Security Policy to block.
 */

/** The key of the site-wide header (pages that belong to no article or collection). */
const SITE_HEADER = 'site';

/**
 * The running-header key of a page, from its path without base and language prefix:
 * `articles/<article>/<section>/…` → `section:<article>/<section>`, `articles/<article>/…` →
 * `article:<article>`, `norms/…` → `collection:norms`, anything else → `site`.
 */
export function runningHeaderKey(graph: Graph, path: string): string {
  const [first = '', article = '', section = ''] = path.split('/');
  if (first === 'articles' && article !== '') {
    const sectionId = `${article}/${section}`;
    if (graph.sections(article).some((s) => s.id === sectionId)) return `section:${sectionId}`;
    if (graph.collections.articles.some((a) => a.id === article)) return `article:${article}`;
  }
  if ((ENTITY_COLLECTIONS as readonly string[]).includes(first) && first !== 'sections')
    return `collection:${first}`;
  return SITE_HEADER;
}

/** Every running-header key with its text in one UI language. */
export function runningHeaders(graph: Graph, lang: UiLang): { key: string; text: string }[] {
  const t = useTranslations(lang);
  const site = t('site.title');
  return [
    { key: SITE_HEADER, text: site },
    ...ENTITY_COLLECTIONS.filter((c) => c !== 'sections').map((c) => ({
      key: `collection:${c}`,
      text: `${site} — ${t(COLLECTION_NAME[c])}`,
    })),
    ...graph.collections.articles.flatMap((article) => {
      const title = pick(article.data.shortTitle, lang).text;
      return [
        { key: `article:${article.id}`, text: title },
        ...graph.sections(article.id).map((section) => ({
          key: `section:${section.id}`,
          text: `${title} — ${pick(section.data.navTitle, lang).text}`,
        })),
      ];
    }),
  ];
}

/** A string as a CSS string literal. */
const cssString = (text: string): string => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * The stylesheet of named pages, one per running header and UI language. Page names are numbered
 * (`rh-ru-3`): a CSS identifier cannot hold every id, and the key stays readable in the HTML.
 */
export function runningHeaderStyles(graph: Graph): string {
  return UI_LANGS.flatMap((lang) =>
    runningHeaders(graph, lang).map(({ key, text }, index) => {
      const page = `rh-${lang}-${index}`;
      return [
        `@page ${page} { @top-left { content: ${cssString(text)}; } }`,
        `html[lang="${lang}"] body[data-running-header=${cssString(key)}] { page: ${page}; }`,
      ].join('\n');
    }),
  ).join('\n');
}
