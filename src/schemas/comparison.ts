import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LocalizedTextSchema } from './common';
import { QuoteSchema } from './quote';

/** One cell: what the article says about one group on one aspect, with the sentences saying it. */
const CellSchema = z.strictObject({
  /** A short summary of the article's statement (editorial wording, UI languages). */
  summary: LocalizedTextSchema,
  /** The position in one word, for the at-a-glance view. */
  position: z.enum(['guaranteed', 'restricted', 'at-risk', 'not-addressed']),
  /** The article's sentences that support the summary, verbatim. */
  support: z.array(QuoteSchema).min(1, 'a cell must cite the article'),
});

/**
 * One row of the comparison of EAEU citizens with other migrant workers: a right or condition the
 * article discusses, and what it says for each group.
 */
export const ComparisonRowSchema = z.strictObject({
  /** The article being summarised. */
  article: reference('articles'),
  /** Position of the row, from 1. */
  order: z.int().positive(),
  /** The right or condition (UI languages). */
  aspect: LocalizedTextSchema,
  /** Citizens of EAEU member states. */
  eaeu: CellSchema,
  /** Migrant workers from other states. */
  others: CellSchema,
  /** Norms the row concerns. */
  norms: z.array(reference('norms')).default([]),
});
export type ComparisonRow = z.output<typeof ComparisonRowSchema>;
