/**
 * The site's addresses: the base path it is served under, the language prefixes, the absolute root,
 * and every join of them. Paths from routes.ts are base-less and language-less; this module makes
 * them hrefs and URLs.
 */
import { DEFAULT_LANG, UI_LANGS, type UiLang } from '../i18n/langs';

/** Joins the site's base (`/` or `/explorer/`) and a base-less path. */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** The base path this build is served under, with its closing slash. */
const basePath = (): string => withBase(import.meta.env.BASE_URL, '');

/**
 * The site's root as an absolute URL: `site` (astro.config.ts) joined with the base. Scholarly
 * metadata, Open Graph and the sitemap need absolute URLs, so a missing `site` stops the build.
 */
export function siteRoot(site: URL | string | undefined, base: string): URL {
  if (site === undefined) throw new Error('astro.config.ts must set `site`: metadata needs absolute URLs');
  return new URL(withBase(base, ''), site);
}

/** The path prefix of a UI language: none for Russian, `kk/` and `en/` for the others. */
export function langPrefix(lang: UiLang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** Absolute URL of a base-less, language-less path (`norms/x/`) in a UI language. */
export function absoluteUrl(root: URL, path: string, lang: UiLang): string {
  return new URL(`${langPrefix(lang)}${path}`, root).href;
}

/** A base-less, language-less site path made absolute for a page in `lang`. */
export function siteHref(path: string, lang: UiLang): string {
  return withBase(import.meta.env.BASE_URL, `${langPrefix(lang)}${path}`);
}

/** The `[...lang]` route parameter of a UI language (undefined for the root). */
function langParam(lang: UiLang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** A site path of the Russian pages (`<base>norms/x/`) moved to the same page in `lang`. */
export function localizePath(path: string, lang: UiLang): string {
  const base = basePath();
  if (lang === DEFAULT_LANG || !path.startsWith(base)) return path;
  return `${base}${langPrefix(lang)}${path.slice(base.length)}`;
}

/** `getStaticPaths` entries: every given set of route params, once per UI language. */
export function localizedPaths<P extends Record<string, string>>(params: P[] = [{} as P]) {
  const routes = params.map((p) => ({ params: p, props: {} }));
  return localizedRoutes(() => routes);
}

/**
 * `getStaticPaths` entries: the routes of each UI language (params and the props its page
 * renders, which may be in that language), each under the language's prefix.
 */
export function localizedRoutes<P extends Record<string, string>, Q extends object>(
  routesIn: (lang: UiLang) => { params: P; props: Q }[],
) {
  return UI_LANGS.flatMap((lang) =>
    routesIn(lang).map(({ params, props }) => ({ params: { ...params, lang: langParam(lang) }, props })),
  );
}

/** A page's path without the base and the language prefix: the part all languages share. */
export function pathWithoutLang(pathname: string): string {
  const base = basePath();
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const prefix = UI_LANGS.map(langPrefix).find((p) => p !== '' && path.startsWith(p));
  return prefix ? path.slice(prefix.length) : path;
}
