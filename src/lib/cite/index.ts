import type { UiLang } from '../../i18n';
import type { Graph } from '../graph';
import { cslDate, type CslItem } from '../open-data/csl';
import { citationForm, writeCitation, writeReference, type Locator } from './engine';
import { PARAGRAPH_SLOT, URL_SLOT } from './paragraph';
import { localeTerm } from './locales';
import { citeRecord, pageRecord } from './records';
import { STYLE_SPECS, type CitationStyle } from './styles';
import { styleInput, translatesTitle } from './style-input';
import { hasRecord, type CiteTarget } from './target';
import { titleTranslation, type TitleTranslation } from './translations';

export { citeRecord } from './records';
export { CITATION_STYLES, type CitationStyle } from './styles';
export {
  RECORD_COLLECTIONS,
  hasRecord,
  type CiteTarget,
  type PageTarget,
  type RecordCollection,
  type RecordTarget,
} from './target';

/** The id of the "Cite this" box's heading, which the page's contents link to. */
export const CITE_THIS_HEADING = 'cite-this-title';

/** What narrows, dates or locates a citation. */
export interface CitationOptions {
  /** Paragraph numbers (e.g. «3–5»); narrows a section's citation, and only a section's. */
  paragraphs?: string;
  /** When the page was accessed (ISO date), for a citation that gives an address. */
  accessed?: string;
  /** The absolute address of the target's page on this site (a section's, a paragraph's, an explorer page's). */
  url?: string;
}

/** A work cited in one style. */
export interface Citation {
  /** Its reference, as a bibliography lists it. */
  reference: string;
  /** The style's citation of it (a first note, an in-text citation), with the pinpoint; absent where the pinpoint follows the reference. */
  citation: { form: 'note' | 'in-text'; text: string; complete: boolean } | undefined;
  /** The English translation of the title the citation adds in square brackets, if it adds one. */
  translation: TitleTranslation | undefined;
}

/**
 * The record a citation is formatted from; a page of the site is a web page. A date of access
 * given by the caller (the site's edition) dates a record that has an address and no date of
 * access of its own: a source keeps the date the article prints.
 */
function recordOf(graph: Graph, target: CiteTarget, lang: UiLang, options: CitationOptions): CslItem {
  const item = hasRecord(target)
    ? citeRecord(graph, target, options.url)
    : pageRecord(target, lang, options.url);
  return options.accessed && item.URL && !item.accessed
    ? { ...item, accessed: cslDate(options.accessed) }
    : item;
}

/** The pinpoint of a section's citation: its paragraphs if given, else its heading. */
function sectionLocator(item: CslItem, paragraphs: string | undefined): Locator | undefined {
  if (paragraphs !== undefined) return { label: 'paragraph', value: paragraphs };
  return item.section === undefined ? undefined : { label: 'section', value: item.section };
}

/**
 * The pinpoint written after a reference, for a style whose citation can only point to a page
 * (GOST): «. – разд. «Введение», п. 3», in the locale's short terms, then the paragraph's address.
 */
function pinpointAfter(reference: string, item: CslItem, locale: string, options: CitationOptions): string {
  if (item.section === undefined) return reference;
  const parts = [`${localeTerm(locale, 'section', 'short')} «${item.section}»`];
  if (options.paragraphs !== undefined)
    parts.push(`${localeTerm(locale, 'paragraph', 'short')} ${options.paragraphs}`);
  const located = `${reference.replace(/\.$/u, '')}. – ${parts.join(', ')}`;
  return options.paragraphs !== undefined && item.URL ? `${located}. – URL: ${item.URL}` : located;
}

/**
 * A work cited in an official CSL style (styles.ts), plain text, in the UI language's CSL locale.
 * Bibliographic values stay in the work's own language; a section is pinpointed by its heading,
 * a paragraph by its number (a CSL locator labelled `paragraph`).
 */
export function formatCitation(
  graph: Graph,
  target: CiteTarget,
  style: CitationStyle,
  lang: UiLang,
  options: CitationOptions = {},
): Citation {
  // A page and its print document cite the same work alike: written once per build.
  const cache = written.get(graph) ?? new Map<string, Citation>();
  written.set(graph, cache);
  const key = JSON.stringify([target, style, lang, options]);
  const cached = cache.get(key);
  if (cached) return cached;
  const citation = writeCitationOf(graph, target, style, lang, options);
  cache.set(key, citation);
  return citation;
}

/** The citations written so far, per graph (one per build). */
const written = new WeakMap<Graph, Map<string, Citation>>();

/** A citation as `formatCitation` gives it, written by citeproc-js. */
function writeCitationOf(
  graph: Graph,
  target: CiteTarget,
  style: CitationStyle,
  lang: UiLang,
  options: CitationOptions,
): Citation {
  if (options.paragraphs !== undefined && target.collection !== 'sections')
    throw new Error(`cite: paragraphs narrow a section, not ${target.collection}`);
  const spec = STYLE_SPECS[style];
  const locale = spec.locales[lang];
  const record = recordOf(graph, target, lang, options);
  const translation = hasRecord(target) ? titleTranslation(graph, target) : undefined;
  const translated = translation && translatesTitle(record, style, lang) ? translation : undefined;
  const item = styleInput(record, style, lang, translated?.text);
  const reference = writeReference(item, style, locale);
  if (spec.pinpoint === 'reference')
    return {
      reference: pinpointAfter(reference, item, locale, options),
      citation: undefined,
      translation: translated,
    };
  const locator = sectionLocator(item, options.paragraphs);
  const citation = {
    form: citationForm(style),
    text: writeCitation(item, style, locale, locator),
    complete: spec.completeCitation,
  };
  return { reference, citation, translation: translated };
}

/** The parts of a citation a copy takes, in order. */
export type CopiedPart = 'citation' | 'reference';

/**
 * What a copy button copies: a complete first note on its own (OSCOLA's), another citation with
 * the reference it points to, or the reference that carries its pinpoint.
 */
export function copiedParts({ citation }: Citation): CopiedPart[] {
  if (!citation) return ['reference'];
  return citation.complete ? ['citation'] : ['citation', 'reference'];
}

/** The text a copy button copies: its parts, a line each (see `copiedParts`). */
export function copiedText(cited: Citation): string {
  return copiedParts(cited)
    .map((part) => (part === 'citation' ? (cited.citation?.text ?? '') : cited.reference))
    .join('\n');
}

/** Stand-ins for a paragraph's number and address while its section's template is written. */
const PARAGRAPH_STAND_IN = '9999';
const URL_STAND_IN = 'https://paragraph.invalid/';

/**
 * A section's paragraph citation in a style, with slots for the paragraph's number and address
 * (see paragraph.ts): the copy button beside each paragraph fills them.
 */
export function paragraphTemplate(
  graph: Graph,
  sectionId: string,
  style: CitationStyle,
  lang: UiLang,
): string {
  const citation = formatCitation(graph, { collection: 'sections', id: sectionId }, style, lang, {
    paragraphs: PARAGRAPH_STAND_IN,
    url: URL_STAND_IN,
  });
  const text = copiedText(citation);
  if (!text.includes(PARAGRAPH_STAND_IN))
    throw new Error(`cite: ${style} drops the paragraph of ${sectionId}`);
  return text.replaceAll(PARAGRAPH_STAND_IN, PARAGRAPH_SLOT).replaceAll(URL_STAND_IN, URL_SLOT);
}
