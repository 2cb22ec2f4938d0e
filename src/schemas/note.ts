import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LocalizedTextSchema } from './common';
import { EditorialSourcesSchema } from './evidence';

/** What a note is about: any entries and paragraphs (at least one of them). */
const AboutSchema = z
  .strictObject({
    /** Articles. */
    articles: z.array(reference('articles')).default([]),
    /** Whole sections. */
    sections: z.array(reference('sections')).default([]),
    /** Single paragraphs. */
    paragraphs: z
      .array(z.strictObject({ section: reference('sections'), paragraph: z.int().positive() }))
      .default([]),
    /** Norms. */
    norms: z.array(reference('norms')).default([]),
    /** Figures. */
    statistics: z.array(reference('statistics')).default([]),
    /** Sources. */
    sources: z.array(reference('sources')).default([]),
    /** Organisations. */
    organizations: z.array(reference('organizations')).default([]),
    /** Rows of the comparison matrix (EAEU citizens and other migrant workers). */
    comparisons: z.array(reference('comparisons')).default([]),
  })
  .refine((about) => Object.values(about).some((list) => list.length > 0), {
    error: 'a note must be about at least one entry or paragraph',
  });

/**
 * An editorial note: what the editors add to the article (a slip in its text, a later change
 * in the law, a fact from elsewhere). It never changes what the article says.
 */
export const NoteSchema = z.strictObject({
  /** A one-line heading. */
  title: LocalizedTextSchema,
  /** The note itself (Markdown-free plain text). */
  text: LocalizedTextSchema,
  /** How much it matters to a reader relying on the article. */
  severity: z.enum(['error', 'warning', 'info']),
  /** What kind of note. */
  category: z.enum(['slip', 'reading-order', 'status-change', 'identification', 'context']),
  /** What it is about. */
  about: AboutSchema,
  /** What it rests on: the article's own text and/or pages outside it. */
  sources: EditorialSourcesSchema,
});
export type Note = z.output<typeof NoteSchema>;
