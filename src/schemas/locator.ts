import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LangSchema } from './common';

/**
 * Where something stands in an article: a body paragraph, a part of the front matter,
 * a footnote, or an entry of one of the two printed reference lists.
 */
export const LocatorSchema = z.discriminatedUnion('in', [
  z.strictObject({
    /** A paragraph of the body. */
    in: z.literal('body'),
    /** The section, by id (`<article>/<section>`). */
    section: reference('sections'),
    /** The paragraph's number within its section, from 1, in reading order. */
    paragraph: z.int().positive(),
  }),
  z.strictObject({
    /** A part of the article's front matter. */
    in: z.literal('front'),
    /** The article. */
    article: reference('articles'),
    /** Which part: title, authors block, abstract, keywords or identifiers (DOI, UDC, IRSTI). */
    part: z.enum(['title', 'authors', 'abstract', 'keywords', 'identifiers']),
    /** The language block it stands in. */
    lang: LangSchema,
  }),
  z.strictObject({
    /** A footnote's text. */
    in: z.literal('footnote'),
    /** The article. */
    article: reference('articles'),
    /** The footnote number as printed (¹ = 1). */
    number: z.int().positive(),
  }),
  z.strictObject({
    /** An entry of the numbered reference list. */
    in: z.literal('reference'),
    /** The article. */
    article: reference('articles'),
    /** The entry number as printed. */
    number: z.int().positive(),
    /** Which list: «Список использованных источников» (ru) or «References» (translit). */
    list: z.enum(['ru', 'translit']),
  }),
]);
export type Locator = z.output<typeof LocatorSchema>;
