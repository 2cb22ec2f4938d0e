import { z } from 'astro/zod';
import { TextSchema } from './common';
import { LocatorSchema } from './locator';

/** Words of the article, verbatim, with where they stand. A test checks they are really there. */
export const QuoteSchema = z.strictObject({
  /** The words exactly as printed (reading order restored, nothing corrected). */
  text: TextSchema,
  /** Where they stand. */
  locator: LocatorSchema,
});
export type Quote = z.output<typeof QuoteSchema>;
