import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LangSchema, LocalizedTextSchema, TextSchema } from './common';
import { EditorialSourcesSchema } from './evidence';
import { QuoteSchema } from './quote';

/** An author as printed in each language block of the front matter. */
const AuthorSchema = z.strictObject({
  /** The name as printed in the ru, kk and en blocks. */
  name: LocalizedTextSchema,
  /** The affiliation as printed in the ru, kk and en blocks. */
  affiliationPrinted: LocalizedTextSchema,
  /** The affiliated organisation. */
  affiliation: reference('organizations'),
  /** The e-mail address as printed. */
  email: z.email(),
  /** Marked with an asterisk as the corresponding author. */
  corresponding: z.boolean(),
});

/** Where the article was published; the article's text does not print it, so it is editorial. */
const PublicationSchema = z.strictObject({
  /** The journal's title, in its Russian form. */
  journal: TextSchema,
  /** The journal's English name, as its website uses it. */
  journalEn: TextSchema,
  /** The series within the journal. */
  series: TextSchema,
  /** The publishing organisation. */
  publisher: reference('organizations'),
  /** The series ISSN, or null while unconfirmed. */
  issn: z
    .string()
    .regex(/^\d{4}-\d{3}[\dX]$/)
    .nullable(),
  /** Publication year. */
  year: z.int().min(1900),
  /** Volume (running number), or null while unknown. */
  volume: z.int().positive().nullable(),
  /** Issue within the year, or null while unknown. */
  issue: z.int().positive().nullable(),
  /** First and last page, or null while unknown. */
  pages: z.strictObject({ first: z.int().positive(), last: z.int().positive() }).nullable(),
  /** Where these facts were seen. */
  sources: EditorialSourcesSchema,
});

/** The states whose citizens make up one group of the article's comparison, as the article names them. */
const ComparedGroupSchema = z.strictObject({
  /** The states, in the UI languages, in the article's order. */
  states: z.array(LocalizedTextSchema).min(1),
  /** Why they stand in the group, from the article's words (editorial wording, UI languages). */
  basis: LocalizedTextSchema,
  /** The article's words that name them, verbatim. */
  support: z.array(QuoteSchema).min(1, 'a group must cite the article'),
});

/** One scholarly article: its front matter in the three languages and its identifiers. */
export const ArticleSchema = z.strictObject({
  /** The title as printed (capitals kept), in ru, kk and en. */
  title: LocalizedTextSchema,
  /** The title in sentence case, for citations (editorial: the printed title is in capitals). */
  citationTitle: LocalizedTextSchema,
  /** A short title for running heads and breadcrumbs (editorial). */
  shortTitle: z.strictObject({ ru: TextSchema, kk: TextSchema, en: TextSchema }),
  /** The abstract in ru, kk and en, verbatim, page breaks undone. */
  abstract: LocalizedTextSchema,
  /** The keywords as printed, in order, per language. */
  keywords: z.strictObject({
    /** «Ключевые слова». */
    ru: z.array(TextSchema).min(1),
    /** «Түйін сөздер». */
    kk: z.array(TextSchema).min(1),
    /** «Keywords». */
    en: z.array(TextSchema).min(1),
  }),
  /** Authors in printed order. */
  authors: z.array(AuthorSchema).min(1),
  /** The language of the body. */
  language: LangSchema,
  /** The DOI as printed, without a resolver prefix. */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.1234/abc'),
  /** UDC (УДК) class numbers as printed. */
  udc: z.array(TextSchema).min(1),
  /** IRSTI (МРНТИ) codes as printed. */
  irsti: z.array(TextSchema).min(1),
  /** The headings of the two reference lists, exactly as printed (colon included), where known. */
  listHeadings: z
    .strictObject({
      /** The Russian list's («Список использованных источников:»). */
      references: TextSchema,
      /** The transliterated list's («References:»). */
      transliterated: TextSchema,
    })
    .optional(),
  /** Publication facts (editorial). */
  publication: PublicationSchema,
  /**
   * Whose citizens stand in each group of the comparison (citizens of EAEU member states and
   * migrant workers from other states), where the article names the states.
   */
  comparedGroups: z.strictObject({ eaeu: ComparedGroupSchema, others: ComparedGroupSchema }).optional(),
  /** The file under content/source/ holding the text as received, for fidelity checks. */
  sourceText: z.string().regex(/^[\w.-]+\.txt$/),
});
export type Article = z.output<typeof ArticleSchema>;
