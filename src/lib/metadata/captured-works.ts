/**
 * What kind of work each page is about, read off the content data: one function per collection
 * with its own kind of work (norms, sources, figures), one for a section of the article, and the
 * site's own pages. What the data leaves null is left out, never guessed.
 */
import { pick, type UiLang } from '../../i18n';
import type { Norm } from '../../schemas/norm';
import type { Graph } from '../graph';
import { citableTitle } from '../norm-status';
import { bareIssue, publisherName } from '../open-data/csl';
import { withoutTrackingParameters } from '../tracking-parameters';
import type { ArticleWork, CapturedWork, DatasetWork, StatuteWork, WebpageWork } from './capture';

/** An address out of the site, as the pages link it: without tracking parameters. */
const linkOut = (url: string | null | undefined): string | undefined =>
  url ? withoutTrackingParameters(url) : undefined;

/** The English name of the state whose acts the site cites (Zotero's Extra is read in English). */
const STATE_NAMES = { KZ: 'Kazakhstan' } as const;

/**
 * The Extra lines of an instrument's kind: Zotero has no treaty type, and its own RDF import keeps
 * an unknown type as «Type: treaty», the CSL type its citation styles read from Extra; a
 * convention says its genre too.
 */
const KIND_LINES: Partial<Record<Norm['kind'], string[]>> = {
  treaty: ['Type: treaty'],
  convention: ['Type: treaty', 'Genre: convention'],
};

/**
 * A norm as a statute: its official title (the short title while no official page shows one, as
 * its citation record does), number, date of adoption, the official text's address, and its
 * jurisdiction and kind as Extra lines.
 */
export function normWork(graph: Graph, normId: string): StatuteWork {
  const { data } = graph.entry('norms', normId);
  const { official } = data;
  const jurisdiction =
    data.jurisdiction === 'KZ'
      ? STATE_NAMES.KZ
      : pick(graph.entry('organizations', data.jurisdiction.id).data.name, 'en').text;
  return {
    itemType: 'statute',
    title: citableTitle(official.title, 'ru') ?? data.shortTitle.ru,
    number: official.number ?? undefined,
    enacted: official.adopted ?? undefined,
    url: linkOut(official.url),
    language: 'ru',
    extra: [...(KIND_LINES[data.kind] ?? []), `Jurisdiction: ${jurisdiction}`],
  };
}

/**
 * A cited source as the work itself, in its kind: a journal article, a report, a web page, or
 * (a legal act) the statute it points at. Titles, authors and dates as printed.
 */
export function sourceWork(graph: Graph, sourceId: string): CapturedWork {
  const source = graph.entry('sources', sourceId);
  const { data } = source;
  const common = {
    title: data.title,
    url: linkOut(data.url),
    language: data.language,
    date: data.year === null ? undefined : `${data.year}`,
    accessed: data.accessed ?? undefined,
  };
  switch (data.kind) {
    case 'journal-article':
      return {
        itemType: 'journalArticle',
        ...common,
        authors: data.authors,
        journal: data.container,
        issue: data.issue === undefined ? undefined : bareIssue(data.issue),
        pages: data.pages,
      };
    case 'report':
      return {
        itemType: 'report',
        ...common,
        authors: data.authors,
        institution: publisherName(graph, source),
        place: data.place,
      };
    case 'web-page':
      return {
        itemType: 'webpage',
        ...common,
        authors: data.authors,
        site: publisherName(graph, source),
      };
    case 'legal-act':
      return normWork(graph, data.norm.id);
  }
}

/**
 * A figure as a dataset: its label, the date or year it is for, and the source the article names
 * for it (as printed) as an Extra line, since a dataset has no field for the work it comes from.
 */
export function statisticWork(graph: Graph, statisticId: string, lang: UiLang): DatasetWork {
  const { data } = graph.entry('statistics', statisticId);
  const cited = graph.sourceOfStatistic(statisticId);
  return {
    itemType: 'dataset',
    title: pick(data.label, lang).text,
    date: data.at.kind === 'date' ? data.at.date : `${data.at.year}`,
    extra: cited ? [`Source: ${cited.printed}`] : [],
  };
}

/** A section's page: the article, with the section it is in. */
export function sectionWork(graph: Graph, sectionId: string): ArticleWork {
  return { itemType: 'article', section: graph.entry('sections', sectionId).data.heading };
}

/**
 * A page of the explorer itself (an index, a note, a term, an organisation…): a web page of the
 * site, dated with the site's edition (the build date). Without a date Zotero would take the first
 * `<time datetime>` on the page, on the overview the timeline's oldest act.
 */
export function pageWork(title: string, site: string, lang: UiLang, date: string): WebpageWork {
  return { itemType: 'webpage', title, site, language: lang, date };
}
