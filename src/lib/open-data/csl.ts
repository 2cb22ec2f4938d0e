import { z } from 'astro/zod';
import { pick, useTranslations } from '../../i18n';
import { LangSchema, TextSchema } from '../../schemas/common';
import type { Entry } from '../content';
import type { Graph } from '../graph';
import { fileOf } from '../graph/keys';

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
  /**
   * A note for the reader of the record: a section's heading, or the printed address where it is
   * another act's (Zotero puts CSL-JSON's in Extra, and makes BibTeX's `note` and RIS's `N1` a note).
   */
  note: TextSchema.optional(),
  /** The DOI, without a resolver prefix. */
  DOI: TextSchema.optional(),
  /** The publishing organisation. */
  publisher: TextSchema.optional(),
  /** Place of publication as printed. */
  'publisher-place': TextSchema.optional(),
  /**
   * The address as printed; where an editorial note records that the printed one is another act's
   * (a legal act's `urlPointsToOtherAct`), the act's official address, the printed one in `note`.
   */
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

/** An issue as printed without its «№» sign («№3» → «3»), as reference managers take it. */
export function bareIssue(printed: string): string {
  return printed.replace(/^№\s*/u, '');
}

/** The name of a source's publishing organisation, in the source's own language where it has one. */
export function publisherName(graph: Graph, source: Entry<'sources'>): string | undefined {
  const { data } = source;
  if ((data.kind !== 'web-page' && data.kind !== 'report') || !data.publisher) return undefined;
  return pick(graph.entry('organizations', data.publisher.id).data.name, data.language ?? 'ru').text;
}

/**
 * The address a source's record carries, and the note that goes with it. A legal act whose printed
 * address is another act's (`urlPointsToOtherAct`, checked by the build) carries its norm's
 * official address, the printed one kept in the note; every other source carries the printed one.
 */
function recordAddress(graph: Graph, source: Entry<'sources'>): Pick<CslItem, 'URL' | 'note'> {
  const { data } = source;
  if (data.url === null) return {};
  if (data.kind !== 'legal-act' || data.urlPointsToOtherAct === undefined) return { URL: data.url };
  const official = graph.entry('norms', data.norm.id).data.official.url;
  if (official === undefined)
    throw new Error(`${fileOf(source)} → urlPointsToOtherAct: norm "${data.norm.id}" has no official.url`);
  return {
    URL: official,
    note: useTranslations(data.language ?? 'ru')('cite.printedUrl', { url: data.url }),
  };
}

/**
 * A source as a CSL-JSON item. Values are the printed ones; two are normalised for reference
 * managers: the issue loses its «№» sign and the pages their «С.» abbreviation. A legal act takes
 * its number from the norm it points at (editorial, checked against the official text), and where
 * an editorial note records that its printed address is another act's, the norm's official one
 * (see `recordAddress`).
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
    ...recordAddress(graph, source),
    ...(data.accessed !== null ? { accessed: cslDate(data.accessed) } : {}),
    ...(data.language ? { language: data.language } : {}),
  };
  switch (data.kind) {
    case 'journal-article':
      return {
        ...item,
        'container-title': data.container,
        ...(data.issue ? { issue: bareIssue(data.issue) } : {}),
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
