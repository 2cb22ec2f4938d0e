import { pick, useTranslations, type UiLang } from '../../i18n';
import type { Norm } from '../../schemas/norm';
import type { Graph } from '../graph';
import { citableTitle } from '../norm-status';
import { cslDate, parseAuthor, sourceToCsl, type CslItem } from '../open-data/csl';
import type { PageTarget, RecordTarget } from './target';

/**
 * The form of a Kazakh act, as GOST names it after the title («О миграции населения : закон
 * Республики Казахстан …»). Kinds whose official title already names the form (a constitution, a
 * code's «Трудовой кодекс…») or that are not an act's form (a concept is approved by a decree or a
 * resolution) have none.
 */
const KZ_ACT_FORMS: Partial<Record<Norm['kind'], string>> = {
  law: 'закон Республики Казахстан',
  'presidential-decree': 'указ Президента Республики Казахстан',
  'government-decree': 'постановление Правительства Республики Казахстан',
};

/** The article as a CSL item: a journal article, in its own language, identified by its DOI. */
function articleRecord(graph: Graph, id: string): CslItem {
  const { data } = graph.entry('articles', id);
  const { publication } = data;
  const lang = data.language;
  return {
    id,
    type: 'article-journal',
    title: data.citationTitle[lang],
    author: data.authors.map((author) => parseAuthor(author.name[lang])),
    issued: { 'date-parts': [[publication.year]] },
    'container-title': publication.journal,
    ...(publication.volume !== null ? { volume: String(publication.volume) } : {}),
    ...(publication.issue !== null ? { issue: String(publication.issue) } : {}),
    ...(publication.pages !== null ? { page: `${publication.pages.first}–${publication.pages.last}` } : {}),
    publisher: pick(graph.entry('organizations', publication.publisher.id).data.name, lang).text,
    DOI: data.doi,
    language: lang,
  };
}

/**
 * A section as a CSL item: the article's record, naming the section and the page it is read on.
 * It stays a journal article rather than a `chapter`: Zotero and other reference managers import
 * a `chapter` as a book section, dropping the journal and mis-filing the DOI, while an
 * `article-journal` keeps the journal, the year and the DOI, which is how a section of an article
 * is cited (the article, narrowed by a locator). `section` carries the heading, `note` says it in
 * the article's language.
 */
function sectionRecord(graph: Graph, id: string, url: string | undefined): CslItem {
  const section = graph.entry('sections', id);
  const article = articleRecord(graph, section.data.article.id);
  const heading = section.data.heading;
  return {
    ...article,
    id,
    section: heading,
    // BibTeX and RIS have no field for a part of an article: the note keeps the heading there.
    note: `${useTranslations(article.language ?? 'ru')('cite.section')} «${heading}»`,
    ...(url !== undefined ? { URL: url } : {}),
  };
}

/**
 * A norm as a CSL item, from its editorial `official` block: `legislation` for a Kazakh act,
 * `treaty` for an international instrument (the CSL types Zotero maps to a statute and a treaty).
 */
function normRecord(graph: Graph, id: string): CslItem {
  const { data } = graph.entry('norms', id);
  const { official } = data;
  // Without a title an official page shows, the short title stands in, and it names the form itself.
  const title = citableTitle(official.title, 'ru');
  const form = data.jurisdiction === 'KZ' && title ? KZ_ACT_FORMS[data.kind] : undefined;
  return {
    id,
    type: data.jurisdiction === 'KZ' ? 'legislation' : 'treaty',
    title: title ?? data.shortTitle.ru,
    ...(form ? { genre: form } : {}),
    ...(official.number !== null ? { number: official.number } : {}),
    ...(official.adopted !== null ? { issued: cslDate(official.adopted) } : {}),
    ...(official.url !== undefined ? { URL: official.url } : {}),
    language: 'ru',
  };
}

/**
 * A source as a CSL item (its printed values); a legal act adds the form and the date of adoption
 * of the norm it points at (editorial, checked against the official text), which its citation
 * gives after the title.
 */
function sourceRecord(graph: Graph, id: string): CslItem {
  const source = graph.entry('sources', id);
  const item = sourceToCsl(graph, source);
  if (source.data.kind !== 'legal-act') return item;
  const { genre, issued } = normRecord(graph, source.data.norm.id);
  return { ...item, ...(genre ? { genre } : {}), ...(issued ? { issued } : {}) };
}

/**
 * The citation record (a CSL-JSON item) of an entry. `url` is the address of the entry's page on
 * this site: a section names it, since the section is read there; the article, a source and a norm
 * keep their own identifiers (DOI, the printed address, the official text's address).
 */
export function citeRecord(graph: Graph, target: RecordTarget, url?: string): CslItem {
  switch (target.collection) {
    case 'articles':
      return articleRecord(graph, target.id);
    case 'sections':
      return sectionRecord(graph, target.id, url);
    case 'sources':
      return sourceRecord(graph, target.id);
    case 'norms':
      return normRecord(graph, target.id);
  }
}

/** A page of the explorer as a CSL web page, titled in the UI language, published by the site. */
export function pageRecord(target: PageTarget, lang: UiLang, url?: string): CslItem {
  return {
    id: target.path === '' ? 'home' : target.path.replace(/\/$/, ''),
    type: 'webpage',
    title: target.title,
    'container-title': useTranslations(lang)('site.title'),
    ...(url !== undefined ? { URL: url } : {}),
    language: lang,
  };
}
