import type { UiLang } from '../../i18n';
import { sectionCitation } from '../cite';
import type { Graph } from '../graph';

/** What a print document cites itself as: a section (with a paragraph range), or an entry's page. */
export type PrintTarget =
  | { collection: 'sections'; id: string }
  | { collection: 'articles'; id: string }
  | { collection: 'page'; path: string; title: string };

/** One "How to cite" line. */
export interface CitationLine {
  /** The style's name as printed (`ГОСТ Р 7.0.5-2008`, `APA 7`). */
  style: string;
  /** The citation. */
  text: string;
}

/** Options of a citation: the paragraphs cited, the permanent URL, the access date (ISO). */
export interface CitationOptions {
  paragraphs?: string;
  url: string;
  accessed: string;
}

/** «01.12.2026»: the access date as GOST R 7.0.5-2008 prints it. */
const gostDate = (iso: string): string => iso.split('-').reverse().join('.');

/**
 * The "How to cite" lines of a print document, in the style of the article's own reference list
 * (GOST R 7.0.5-2008).
 */
export function howToCite(
  graph: Graph,
  target: PrintTarget,
  lang: UiLang,
  options: CitationOptions,
): CitationLine[] {
  const tail = `– URL: ${options.url} (${lang === 'en' ? 'accessed' : lang === 'kk' ? 'қаралған күні' : 'дата обращения'}: ${gostDate(options.accessed)}).`;
  const base =
    target.collection === 'sections'
      ? `${sectionCitation(graph, target.id, lang)}${options.paragraphs ? `, ${options.paragraphs}` : ''}.`
      : target.collection === 'articles'
        ? ''
        : `${target.title} [${lang}].`;
  return [{ style: 'ГОСТ Р 7.0.5-2008', text: `${base} ${tail}`.trim() }];
}
