import { z } from 'astro/zod';
import { LocalizedTextSchema, WebUrlSchema } from './common';
import { EditorialSourcesSchema } from './evidence';
import { QuoteSchema } from './quote';

/** A body the article names, or that adopted an instrument it relies on. */
export const OrganizationSchema = z.strictObject({
  /** Full name in the UI languages (official forms; editorial). */
  name: LocalizedTextSchema,
  /** Abbreviation per language (МОМ / IOM), where one is used. */
  abbreviation: LocalizedTextSchema.optional(),
  /** What kind of body. */
  kind: z.enum(['international', 'regional', 'state-body', 'university']),
  /** ISO 3166 code for national bodies. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** Official website. */
  url: WebUrlSchema.optional(),
  /** Every way the article names it, verbatim; empty for bodies only the editorial data names. */
  namedAs: z.array(QuoteSchema).default([]),
  /** Where the name and website were seen. */
  sources: EditorialSourcesSchema,
});
export type Organization = z.output<typeof OrganizationSchema>;
