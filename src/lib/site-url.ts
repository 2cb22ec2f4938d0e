import { DEFAULT_LANG, UI_LANGS, type UiLang } from '../i18n/langs';
import { withBase } from './routes';

/** The path prefix of a UI language: none for Russian, `kk/` and `en/` for the others. */
export function langPrefix(lang: UiLang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** A base-less, language-less site path made absolute for a page in `lang`. */
export function siteHref(path: string, lang: UiLang): string {
  return withBase(import.meta.env.BASE_URL, `${langPrefix(lang)}${path}`);
}

/** The `[...lang]` route parameter of a UI language (undefined for the root). */
export function langParam(lang: UiLang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/**
 * Rendered section HTML links mentions to `<base>norms/…` (the Russian pages). On a page in
 * another UI language, those links are moved under its prefix so the reader stays in it.
 */
export function localizeLinks(html: string, lang: UiLang): string {
  const base = withBase(import.meta.env.BASE_URL, '');
  if (lang === DEFAULT_LANG) return html;
  return html.replaceAll(`href="${base}`, `href="${base}${langPrefix(lang)}`);
}

/** A site path of the Russian pages (`<base>norms/x/`) moved to the same page in `lang`. */
export function localizePath(path: string, lang: UiLang): string {
  const base = withBase(import.meta.env.BASE_URL, '');
  if (lang === DEFAULT_LANG || !path.startsWith(base)) return path;
  return `${base}${langPrefix(lang)}${path.slice(base.length)}`;
}

/** `getStaticPaths` entries: every given set of route params, once per UI language. */
export function localizedPaths<P extends Record<string, string>>(params: P[] = [{} as P]) {
  return UI_LANGS.flatMap((lang) => params.map((p) => ({ params: { ...p, lang: langParam(lang) } })));
}

/** A page's path without the base and the language prefix: the part all languages share. */
export function pathWithoutLang(pathname: string): string {
  const base = withBase(import.meta.env.BASE_URL, '');
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const prefix = UI_LANGS.map(langPrefix).find((p) => p !== '' && path.startsWith(p));
  return prefix ? path.slice(prefix.length) : path;
}
