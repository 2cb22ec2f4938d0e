import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { IsoDateSchema, LocalizedTextSchema, TextSchema } from './common';
import { QuoteSchema } from './quote';

/** The date or period a figure refers to. */
const ReferenceTimeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** A single day («по состоянию на 1 мая 2023 года»). */
    kind: z.literal('date'),
    /** The day. */
    date: IsoDateSchema,
  }),
  z.strictObject({
    /** A calendar year («в 2022 году»). */
    kind: z.literal('year'),
    /** The year. */
    year: z.int().min(1900),
  }),
]);

/** Where the article says a figure comes from: a footnote, a reference, or nothing. */
const CitedSourceSchema = z.discriminatedUnion('given', [
  z.strictObject({
    /** The article marks the figure with a footnote. */
    given: z.literal('footnote'),
    /** The footnote's number. */
    number: z.int().positive(),
  }),
  z.strictObject({
    /** The article cites a numbered reference for the figure. */
    given: z.literal('reference'),
    /** The reference's number. */
    number: z.int().positive(),
  }),
  z.strictObject({
    /** The article gives no source for the figure. */
    given: z.literal('none'),
  }),
]);

/** One figure the article states. */
export const StatisticSchema = z.strictObject({
  /** The article that states it. */
  article: reference('articles'),
  /** A short label for lists (editorial). */
  label: LocalizedTextSchema,
  /** The value as a number (a percentage as 86.1, not 0.861). */
  value: z.number(),
  /** The value exactly as printed (e.g. «17 425», «86,1 %»). */
  printedValue: TextSchema,
  /** A hedge printed with it, such as «около», where there is one. */
  qualifier: TextSchema.optional(),
  /** The unit: a count of people or a percentage. */
  unit: z.enum(['persons', 'percent']),
  /** What exactly is counted, in words (editorial reading of the sentence). */
  counts: LocalizedTextSchema,
  /** Key of the measure, shared by figures that count the same thing (compared by the audit). */
  measure: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case key'),
  /** The date or period it refers to. */
  at: ReferenceTimeSchema,
  /** ISO 3166 code of the territory it covers. */
  geography: z.string().regex(/^[A-Z]{2}$/),
  /** The sentence that states it, verbatim, with where it stands. */
  sentence: QuoteSchema,
  /** The source the article gives for it. */
  source: CitedSourceSchema,
});
export type Statistic = z.output<typeof StatisticSchema>;
