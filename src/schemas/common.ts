import { z } from 'astro/zod';
import { UI_LANGS } from '../i18n/langs';

/** The three languages the article and the site use: the UI languages, declared in i18n/langs. */
export const LangSchema = z.enum(UI_LANGS);
export type Lang = z.output<typeof LangSchema>;

/** A non-empty, trimmed-as-printed string. */
export const TextSchema = z.string().min(1, 'must not be empty');

/**
 * A web address: http or https only (a `javascript:`, `data:` or `file:` link is refused), written
 * as a URL is, without spaces, quotes or angle brackets (those are percent-encoded in a URL).
 */
export const WebUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) web address' })
  .regex(/^[^\s"<>`\\]+$/, 'must not contain spaces, double quotes, angle brackets or backslashes');

/**
 * A calendar date written ISO 8601 (YYYY-MM-DD). YAML turns unquoted dates into Date objects;
 * those are accepted and written back as the same ISO day, so either spelling validates.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'must be an ISO 8601 date (YYYY-MM-DD)' }),
);

/**
 * Text in the site's three languages. Editorial text exists in each (the parity the UI
 * languages promise); the article's own titles and abstracts were printed in all three.
 */
export const LocalizedTextSchema = z.strictObject({
  /** Russian: the article's own language. */
  ru: TextSchema,
  /** Kazakh. */
  kk: TextSchema,
  /** English. */
  en: TextSchema,
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
