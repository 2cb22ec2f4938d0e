import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LocalizedTextSchema, TextSchema } from './common';

/**
 * Front matter of one body section. The Markdown body is the section's text, verbatim, one
 * paragraph per block; paragraphs are numbered in reading order and those numbers are permalinks.
 */
export const SectionSchema = z.strictObject({
  /** The article the section belongs to. */
  article: reference('articles'),
  /** Position in reading order, from 1. */
  order: z.int().positive(),
  /** The heading exactly as printed. */
  heading: TextSchema,
  /** The heading in the UI languages, for navigation (ru as printed; kk/en editorial translations). */
  navTitle: LocalizedTextSchema,
});
export type Section = z.output<typeof SectionSchema>;
