import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LocalizedTextSchema, TextSchema } from './common';
import { EditorialSourcesSchema } from './evidence';

/** A key term of the article, with the word forms that find it in the text. */
export const GlossaryTermSchema = z.strictObject({
  /** The term in the UI languages (ru as the article uses it). */
  term: LocalizedTextSchema,
  /** What it means (editorial), in the UI languages. */
  definition: LocalizedTextSchema,
  /**
   * Word forms as they occur in the article's text (any language block), matched as substrings:
   * «квот» finds «квоты», «квотирования». Every form must occur at least once.
   */
  forms: z.array(TextSchema).min(1),
  /** Norms that define or govern the term. */
  norms: z.array(reference('norms')).default([]),
  /** Organisations the term names or belongs to. */
  organizations: z.array(reference('organizations')).default([]),
  /** Where the definition was seen. */
  sources: EditorialSourcesSchema,
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
