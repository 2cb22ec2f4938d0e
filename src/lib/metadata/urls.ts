import { DEFAULT_LANG, UI_LANGS, type UiLang } from '../../i18n/langs';
import { absoluteUrl } from '../site-url';

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
