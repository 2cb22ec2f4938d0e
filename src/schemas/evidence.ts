import { z } from 'astro/zod';
import { LocalizedTextSchema, WebUrlSchema } from './common';
import { LocatorSchema } from './locator';

/**
 * How strong a source is, and so how firmly a fact resting on it is confirmed: an official or
 * primary page (grade O), an indirect sighting of an official fact, a news report, or a copy or
 * commentary on a third-party site (both grade S). A fact nothing confirms (grade U) gets no
 * strength: it is left out, null, or `unconfirmed`.
 */
export const StrengthSchema = z.enum(['official', 'indirect', 'news', 'secondary']);
export type Strength = z.output<typeof StrengthSchema>;

/**
 * The address of an editorial source: a specific page, never a site's home page (an empty path,
 * `/` or nothing), since a home page shows none of the facts it would be cited for.
 */
export const SourcePageUrlSchema = WebUrlSchema.refine(
  (url) => !URL.canParse(url) || new URL(url).pathname.replace(/\/+$/, '') !== '',
  "must name the page that shows the fact, not a site's home page",
);

/**
 * What an editorial statement rests on: the article itself (a slip seen in its text) or a
 * public page outside it (an official title, date or status).
 */
export const EvidenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The article's own text. */
    kind: z.literal('article'),
    /** Where in the article. */
    locator: LocatorSchema,
  }),
  z.strictObject({
    /** A page outside the article. */
    kind: z.literal('web'),
    /** The page's title or a short description of it, in the three languages. */
    title: LocalizedTextSchema,
    /** Where it was seen: the page itself, never the site's home page. */
    url: SourcePageUrlSchema,
    /** How strong it is: an official or primary page, an indirect sighting, a news report, a copy. */
    strength: StrengthSchema,
  }),
]);
export type Evidence = z.output<typeof EvidenceSchema>;

/** Facts added from outside the article carry at least one piece of evidence. */
export const EditorialSourcesSchema = z
  .array(EvidenceSchema)
  .min(1, 'an editorial fact needs at least one source');
