import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { IsoDateSchema, LangSchema, TextSchema, WebUrlSchema } from './common';

/** One place where an article prints this source: a footnote or a numbered reference. */
const CitationEntrySchema = z.discriminatedUnion('list', [
  z.strictObject({
    /** Printed as a footnote. */
    list: z.literal('footnotes'),
    /** The citing article. */
    article: reference('articles'),
    /** The footnote number. */
    number: z.int().positive(),
    /** The footnote text exactly as printed. */
    printed: TextSchema,
  }),
  z.strictObject({
    /** Printed in the numbered reference list. */
    list: z.literal('references'),
    /** The citing article. */
    article: reference('articles'),
    /** The entry number. */
    number: z.int().positive(),
    /** The entry in «Список использованных источников», exactly as printed. */
    printed: TextSchema,
    /** The same entry in the transliterated «References» list, exactly as printed. */
    printedTransliterated: TextSchema,
  }),
]);

/** What every source has, whatever its kind. Values are read off the printed entry. */
const SourceBase = z.strictObject({
  /** The title as printed. */
  title: TextSchema,
  /** Authors as printed («Хамзин А.Ш.»), in order; empty where none is printed. */
  authors: z.array(TextSchema).default([]),
  /** Year as printed, or null where none is printed. */
  year: z.int().min(1800).nullable(),
  /** The address as printed in the Russian list or footnote (tracking parameters kept). */
  url: WebUrlSchema.nullable(),
  /** «дата обращения» as printed, as an ISO date, or null where none is printed. */
  accessed: IsoDateSchema.nullable(),
  /** Language of the source itself, where evident from the title. */
  language: LangSchema.optional(),
  /**
   * An English translation of a title in another language (editorial, not printed): the English UI's
   * APA, OSCOLA and Chicago citations give it in square brackets after the title.
   */
  titleTranslation: z.strictObject({ en: TextSchema }).optional(),
  /** Each place an article prints this source. */
  citedAs: z.array(CitationEntrySchema).min(1),
});

/** A source cited by the article: a discriminated union on `kind`. */
export const SourceSchema = z.discriminatedUnion('kind', [
  SourceBase.extend({
    /** An article in a journal or serial. */
    kind: z.literal('journal-article'),
    /** The journal as printed. */
    container: TextSchema,
    /** Issue as printed (e.g. «№ 4 (74)»). */
    issue: TextSchema.optional(),
    /** Pages as printed (e.g. «С. 73-81»). */
    pages: TextSchema.optional(),
  }),
  SourceBase.extend({
    /** A page or document on the web with no other container. */
    kind: z.literal('web-page'),
    /** The site's owner, where it is an organisation with an entry. */
    publisher: reference('organizations').optional(),
  }),
  SourceBase.extend({
    /** A report or monograph issued by an organisation. */
    kind: z.literal('report'),
    /** The issuing organisation, where it has an entry. */
    publisher: reference('organizations').optional(),
    /** Place of publication as printed. */
    place: TextSchema.optional(),
    /** Extent as printed (e.g. «48 с.»). */
    extent: TextSchema.optional(),
  }),
  SourceBase.extend({
    /** A legal act: the entry points at the norm it cites. */
    kind: z.literal('legal-act'),
    /** The act. */
    norm: reference('norms'),
    /**
     * The slip note recording that the printed `url` is the address of another act. The records
     * readers take away (the cite files; the open data's CSL-JSON, BibLaTeX and RIS) then carry the
     * norm's `official.url` and keep the printed address in their note, so that importing them does
     * not spread the slip; the page and the printed forms keep the address as printed. The build
     * checks that the note is a slip about this source that names the printed address, and that the
     * norm has an `official.url` other than it.
     */
    urlPointsToOtherAct: reference('notes').optional(),
  }),
]);
export type Source = z.output<typeof SourceSchema>;
