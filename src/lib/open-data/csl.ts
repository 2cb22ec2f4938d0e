import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { z } from 'astro/zod';
import { pick } from '../../i18n';
import { LangSchema, TextSchema } from '../../schemas/common';
import type { Entry } from '../content';
import type { Graph } from '../graph';

/** A CSL date: year, or year, month and day. */
const CslDateSchema = z.strictObject({
  /** One date, as [year] or [year, month, day]. */
  'date-parts': z.tuple([z.array(z.int()).min(1).max(3)]),
});

/** A CSL name: family and given parts, or a name that is not split (an organisation). */
const CslNameSchema = z.union([
  z.strictObject({
    /** Surname. */
    family: TextSchema,
    /** Initials or given names. */
    given: TextSchema,
  }),
  z.strictObject({
    /** The name as it stands. */
    literal: TextSchema,
  }),
]);
export type CslName = z.output<typeof CslNameSchema>;

/** The CSL types the source kinds map to. */
const CSL_TYPES = {
  'journal-article': 'article-journal',
  'web-page': 'webpage',
  report: 'report',
  'legal-act': 'legislation',
} as const;

/** Every CSL type a record of the site takes: the sources' and the norms' (`treaty`). */
const CSL_ITEM_TYPES = [...Object.values(CSL_TYPES), 'treaty'] as const;

/** A CSL-JSON item: the subset of CSL 1.0 variables the open data and the citation records fill. */
export const CslItemSchema = z.strictObject({
  /** The entry's id (a permanent slug). */
  id: TextSchema,
  /** The CSL item type. */
  type: z.enum(CSL_ITEM_TYPES),
  /** The title as printed (an act's official title). */
  title: TextSchema,
  /** Authors in printed order. */
  author: z.array(CslNameSchema).min(1).optional(),
  /** Year of publication as printed. */
  issued: CslDateSchema.optional(),
  /** The journal. */
  'container-title': TextSchema.optional(),
  /** The journal's volume (running number). */
  volume: TextSchema.optional(),
  /** The issue, without the «№» sign. */
  issue: TextSchema.optional(),
  /** The page range, without the «С.» abbreviation. */
  page: TextSchema.optional(),
  /** Extent of a report, in pages. */
  'number-of-pages': TextSchema.optional(),
  /** The act's number (legislation). */
  number: TextSchema.optional(),
  /** The kind of act, in words (legislation, treaty): «закон Республики Казахстан». */
  genre: TextSchema.optional(),
  /** The part of the work cited: a section's heading. */
  section: TextSchema.optional(),
  /** A note for the reader of the record (BibTeX `note`, RIS `N1`, Zotero's Extra). */
  note: TextSchema.optional(),
  /** The DOI, without a resolver prefix. */
  DOI: TextSchema.optional(),
  /** The publishing organisation. */
  publisher: TextSchema.optional(),
  /** Place of publication as printed. */
  'publisher-place': TextSchema.optional(),
  /** The address as printed. */
  URL: z.url().optional(),
  /** When the address was accessed, as printed. */
  accessed: CslDateSchema.optional(),
  /** Language of the source (BCP 47). */
  language: LangSchema.optional(),
});
export type CslItem = z.output<typeof CslItemSchema>;

/**
 * Splits an author as the article prints it into CSL name parts: «Хамзин А.Ш.» → family
 * «Хамзин», given «А.Ш.»; «Чаава М. З.» → «Чаава», «М. З.». A name that is not a surname followed
 * by initials is kept whole as a literal.
 */
export function parseAuthor(printed: string): CslName {
  const match = /^(\p{L}[\p{L}'’-]*)\s+((?:\p{Lu}\.\s?)*\p{Lu}\.)$/u.exec(printed.trim());
  return match?.[1] && match[2] ? { family: match[1], given: match[2] } : { literal: printed.trim() };
}

/** `2025-06-12` → CSL date parts. */
export function cslDate(iso: string): z.output<typeof CslDateSchema> {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { 'date-parts': [[year, month, day]] };
}

/** The name of a publishing organisation, in the source's own language where it has one. */
function publisherName(graph: Graph, source: Entry<'sources'>): string | undefined {
  const { data } = source;
  if ((data.kind !== 'web-page' && data.kind !== 'report') || !data.publisher) return undefined;
  return pick(graph.entry('organizations', data.publisher.id).data.name, data.language ?? 'ru').text;
}

/**
 * A source as a CSL-JSON item. Values are the printed ones; two are normalised for reference
 * managers: the issue loses its «№» sign and the pages their «С.» abbreviation. A legal act takes
 * its number from the norm it points at (editorial, checked against the official text).
 */
export function sourceToCsl(graph: Graph, source: Entry<'sources'>): CslItem {
  const { data } = source;
  const publisher = publisherName(graph, source);
  const item: CslItem = {
    id: source.id,
    type: CSL_TYPES[data.kind],
    title: data.title,
    ...(data.authors.length > 0 ? { author: data.authors.map(parseAuthor) } : {}),
    ...(data.year !== null ? { issued: { 'date-parts': [[data.year]] } } : {}),
    ...(publisher ? { publisher } : {}),
    ...(data.url !== null ? { URL: data.url } : {}),
    ...(data.accessed !== null ? { accessed: cslDate(data.accessed) } : {}),
    ...(data.language ? { language: data.language } : {}),
  };
  switch (data.kind) {
    case 'journal-article':
      return {
        ...item,
        'container-title': data.container,
        ...(data.issue ? { issue: data.issue.replace(/^№\s*/u, '') } : {}),
        ...(data.pages ? { page: data.pages.replace(/^С\.\s*/u, '') } : {}),
      };
    case 'report': {
      const pages = data.extent ? /^(\d+)\s*с\.$/u.exec(data.extent)?.[1] : undefined;
      return {
        ...item,
        ...(data.place ? { 'publisher-place': data.place } : {}),
        ...(pages ? { 'number-of-pages': pages } : {}),
      };
    }
    case 'legal-act': {
      const number = graph.entry('norms', data.norm.id).data.official.number;
      return { ...item, ...(number ? { number } : {}) };
    }
    case 'web-page':
      return item;
  }
}

/** Every source as CSL-JSON, in the order of the sources collection (by id). */
export function sourcesCsl(graph: Graph): CslItem[] {
  return graph.collections.sources.map((source) => sourceToCsl(graph, source));
}

/** The options of citation-js's BibTeX plugin that this export sets. */
interface BibtexFormatConfig {
  asciiOnly: boolean;
  useIdAsLabel: boolean;
  checkLabel: boolean;
}

/** Characters LaTeX reads as commands; citation-js escapes them only in its ASCII mode. */
const LATEX_SPECIAL = /[&%$#_{}\\^~]/;

/**
 * BibTeX or BibLaTeX, written by citation-js. Its ASCII mode (the default) turns non-Latin letters
 * into nothing, so Unicode output is switched on for the call (biber and modern BibTeX read UTF-8);
 * keys are the ids as they are. Unicode mode leaves LaTeX's special characters unescaped, so a
 * text field that holds one stops the build rather than writing a broken file.
 */
function toBibtexDialect(items: CslItem[], dialect: 'bibtex' | 'biblatex'): string {
  for (const item of items) {
    for (const [field, value] of Object.entries(item)) {
      if (field !== 'URL' && field !== 'DOI' && typeof value === 'string' && LATEX_SPECIAL.test(value))
        throw new Error(`open data: ${item.id} → ${field}: «${value}» holds a LaTeX special character`);
    }
  }
  const config = (plugins.config.get('@bibtex') as { format: BibtexFormatConfig }).format;
  const saved = { ...config };
  Object.assign(config, { asciiOnly: false, useIdAsLabel: true, checkLabel: false });
  try {
    return new Cite(items).format(dialect);
  } finally {
    Object.assign(config, saved);
  }
}

/** BibLaTeX, in Unicode (see `toBibtexDialect`). */
export function toBiblatex(items: CslItem[]): string {
  return toBibtexDialect(items, 'biblatex');
}

/** BibTeX, in Unicode (see `toBibtexDialect`). */
export function toBibtex(items: CslItem[]): string {
  return toBibtexDialect(items, 'bibtex');
}

/**
 * Undoes citation-js's RIS line wrapping: it cuts every value after each 70 characters, and RIS
 * readers (citation-js's own among them) join the pieces with a space, which breaks long URLs
 * and titles. A line continues the previous one exactly when that one's value filled 70.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  let full = false;
  for (const line of ris.split('\n')) {
    if (full) {
      lines[lines.length - 1] += line;
      full = line.length === 70;
      continue;
    }
    lines.push(line);
    full = /^[A-Z][A-Z0-9] {2}- (.*)$/.exec(line)?.[1]?.length === 70;
  }
  return lines.join('\n');
}

/** RIS, written by citation-js (its line wrapping undone, see `unwrapRis`). */
export function toRis(items: CslItem[]): string {
  return `${unwrapRis(new Cite(items).format('ris'))}\n`;
}
