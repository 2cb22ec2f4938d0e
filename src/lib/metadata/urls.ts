import { DEFAULT_LANG, UI_LANGS, type UiLang } from '../../i18n/langs';
import { langPrefix } from '../site-url';

/**
 * The site's root as an absolute URL: `site` (astro.config.ts) joined with the base. Scholarly
 * metadata, Open Graph and the sitemap need absolute URLs, so a missing `site` stops the build.
 */
export function siteRoot(site: URL | string | undefined, base: string): URL {
  if (site === undefined) throw new Error('astro.config.ts must set `site`: metadata needs absolute URLs');
  return new URL(base.endsWith('/') ? base : `${base}/`, site);
}

/** Absolute URL of a base-less, language-less path (`norms/x/`) in a UI language. */
export function absoluteUrl(root: URL, path: string, lang: UiLang): string {
  return new URL(`${langPrefix(lang)}${path}`, root).href;
}

/** One language version of a page, for `hreflang` alternates. */
export interface Alternate {
  /** A BCP 47 language tag, or `x-default` for the version served when none matches. */
  hreflang: UiLang | 'x-default';
  /** Absolute URL. */
  href: string;
}

/**
 * The page at a shared path in every UI language, then `x-default`: the Russian page, which is
 * served at the root and holds the article's own language.
 */
export function alternates(root: URL, path: string): Alternate[] {
  return [
    ...UI_LANGS.map((lang) => ({ hreflang: lang, href: absoluteUrl(root, path, lang) })),
    { hreflang: 'x-default', href: absoluteUrl(root, path, DEFAULT_LANG) },
  ];
}
