/**
 * Highwire Press `citation_*` meta tags: what Google Scholar and Zotero read to recognise a
 * scholarly article and save its record. Every value comes from the article's data; facts the data
 * leaves null (ISSN, volume, issue, pages while unconfirmed) are left out, never guessed.
 */
import { pick } from '../../i18n';
import type { UiLang } from '../../i18n/langs';
import type { Graph } from '../graph';
import { entityPath, fullTextPath } from '../routes';
import { absoluteUrl } from '../site-url';

/** One `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/** Where the tags stand: the page's UI language and the site's absolute root. */
export interface HighwireOptions {
  /** The site's root (site + base), for absolute URLs. */
  root: URL;
  /** The UI language of the page: the URLs point at pages in it. */
  lang: UiLang;
  /**
   * The base-less path of the page holding the text: the whole text by default; a section's page
   * names itself, so that Zotero saves the article with a link to the part being read.
   */
  fullText?: string;
}

/**
 * A printed author name in the citation form «Фамилия, И.О.»: `Молдахметова Ж.Е.` →
 * `Молдахметова, Ж.Е.`; initials printed first (`Ж.Е. Молдахметова`) move after the surname.
 * A name that is not surname plus initials is returned as printed.
 */
export function citationAuthorName(printed: string): string {
  const name = printed.trim().replace(/\s+/g, ' ');
  const initials = String.raw`((?:\p{Lu}\p{Ll}?\.\s?)+)`;
  const after = new RegExp(String.raw`^(.+?)\s+${initials}$`, 'u').exec(name);
  if (after?.[1] && after[2]) return `${after[1]}, ${after[2].replace(/\s+/g, '')}`;
  const before = new RegExp(String.raw`^${initials}\s*(\S.*)$`, 'u').exec(name);
  if (before?.[1] && before[2]) return `${before[2]}, ${before[1].replace(/\s+/g, '')}`;
  return name;
}

/**
 * The `citation_*` tags of an article, in the order Highwire documents them (each author followed
 * by their institution and e-mail). Texts are in the article's own language; the references are
 * the printed entries of the Russian list, one tag each.
 */
export function highwireTags(graph: Graph, articleId: string, options: HighwireOptions): MetaTag[] {
  const { data } = graph.entry('articles', articleId);
  const { publication } = data;
  const own = data.language;
  const url = (path: string) => absoluteUrl(options.root, path, options.lang);
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | number | null | undefined) => {
    if (content !== null && content !== undefined && `${content}`.trim() !== '')
      tags.push({ name: `citation_${name}`, content: `${content}` });
  };

  add('title', data.citationTitle[own]);
  for (const author of data.authors) {
    add('author', citationAuthorName(author.name[own]));
    add('author_institution', author.affiliationPrinted[own]);
    add('author_email', author.email);
  }
  add('doi', data.doi);
  add('journal_title', publication.journal);
  add('publisher', pick(graph.entry('organizations', publication.publisher.id).data.name, own).text);
  add('issn', publication.issn);
  add('publication_date', publication.year);
  add('date', publication.year);
  add('volume', publication.volume);
  add('issue', publication.issue);
  add('firstpage', publication.pages?.first);
  add('lastpage', publication.pages?.last);
  add('language', data.language);
  add('abstract', data.abstract[own]);
  add('abstract_html_url', url(entityPath('articles', articleId)));
  add('fulltext_html_url', url(options.fullText ?? fullTextPath(articleId)));
  for (const keyword of data.keywords[own]) add('keywords', keyword);
  for (const reference of graph.references(articleId)) add('reference', reference.printed);
  return tags;
}
