import { useTranslations, type UiLang } from '../../i18n';
import type { Graph } from '../graph';
import { cslDate, type CslItem } from '../open-data/csl';
import { formatApa } from './apa';
import { formatGost } from './gost';
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

/** The record a citation is formatted from; a page of the site is a web page. */
function recordOf(graph: Graph, target: CiteTarget, lang: UiLang, url: string | undefined): CslItem {
  return hasRecord(target) ? citeRecord(graph, target, url) : pageRecord(target, lang, url);
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
  const item = recordOf(graph, target, lang, options.url);
  if (style === 'gost')
    return formatGost(
      item,
      { section: t('cite.section'), paragraph: t('section.paragraph') },
      { paragraphs: options.paragraphs, accessed: options.accessed },
    );
  const dated = options.accessed && item.URL ? { ...item, accessed: cslDate(options.accessed) } : item;
  const apa = formatApa(dated);
  if (!item.section) return apa;
  const paragraphs = options.paragraphs ? `, ${t('section.paragraph')} ${options.paragraphs}` : '';
  return `${apa} (${t('cite.section')} «${item.section}»${paragraphs})`;
}
