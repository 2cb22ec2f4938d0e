import { useTranslations, type UiLang } from '../../i18n';
import type { Graph } from '../graph';
import { cslDate, type CslItem } from '../open-data/csl';
import { formatApa } from './apa';
import { formatGost, sectionLocator } from './gost';
import { citeRecord, pageRecord } from './records';
import { hasRecord, type CitationStyle, type CiteTarget } from './target';

export { citeRecord } from './records';
export {
  RECORD_COLLECTIONS,
  hasRecord,
  type CitationStyle,
  type CiteTarget,
  type PageTarget,
  type RecordCollection,
  type RecordTarget,
} from './target';

/** What narrows, dates or locates a citation. */
export interface CitationOptions {
  /** Paragraph numbers (e.g. «3–5»); narrows a section's citation, and only a section's. */
  paragraphs?: string;
  /** When the page was accessed (ISO date), for a citation that gives an address. */
  accessed?: string;
  /** The absolute address of the target's page on this site (a section's, an explorer page's). */
  url?: string;
}

/**
 * The record a citation is formatted from; a page of the site is a web page. A date of access
 * given by the caller replaces the record's own where the record has an address.
 */
function recordOf(graph: Graph, target: CiteTarget, lang: UiLang, options: CitationOptions): CslItem {
  const item = hasRecord(target)
    ? citeRecord(graph, target, options.url)
    : pageRecord(target, lang, options.url);
  return options.accessed && item.URL ? { ...item, accessed: cslDate(options.accessed) } : item;
}

/**
 * A formatted citation, plain text: GOST R 7.0.5-2008 (the style of the article's own reference
 * list) or APA 7. Bibliographic values stay in the work's own language; the words that narrow a
 * section («раздел», «абз.») are in the UI language.
 */
export function formatCitation(
  graph: Graph,
  target: CiteTarget,
  style: CitationStyle,
  lang: UiLang,
  options: CitationOptions = {},
): string {
  if (options.paragraphs !== undefined && target.collection !== 'sections')
    throw new Error(`cite: paragraphs narrow a section, not ${target.collection}`);
  const t = useTranslations(lang);
  const labels = { section: t('cite.section'), paragraph: t('section.paragraph') };
  const item = recordOf(graph, target, lang, options);
  if (style === 'gost') return formatGost(item, labels, options.paragraphs);
  const apa = formatApa(item);
  // APA has no place for a part of an article: the section follows the reference in brackets.
  return item.section ? `${apa} (${sectionLocator(labels, item.section, options.paragraphs)})` : apa;
}
