/**
 * The UI languages, without the dictionaries: importable by browser code without shipping the
 * strings of every language.
 */

/** The UI languages, Russian first (the default, served at the site's root). */
export const UI_LANGS = ['ru', 'kk', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const DEFAULT_LANG: UiLang = 'ru';

/** Each language's name in itself, for the language switcher: the same on every page. */
export const ENDONYMS: Readonly<Record<UiLang, string>> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

/** The UI language of a page, from Astro's `currentLocale` or a page's `lang`. */
export function uiLang(locale: string | undefined): UiLang {
  return UI_LANGS.find((lang) => lang === locale) ?? DEFAULT_LANG;
}
