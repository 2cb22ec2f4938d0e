import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';
import type { UiLang } from './langs';

/** Every UI string key: Russian is the reference dictionary. */
export type UiKey = keyof typeof ru;

/** The UI dictionaries; `satisfies` makes a key missing from any of them a type error. */
const dictionaries = { ru, kk, en } satisfies Record<string, Record<UiKey, string>>;

export { DEFAULT_LANG, UI_LANGS, uiLang, type UiLang } from './langs';

/** The translation function for one UI language. */
export function useTranslations(lang: UiLang) {
  const dictionary: Record<UiKey, string> = dictionaries[lang];
  return (key: UiKey): string => dictionary[key];
}
export type Translate = ReturnType<typeof useTranslations>;

/** A text and the language it is really in. */
export interface Picked {
  text: string;
  lang: UiLang;
}

/**
 * Text that may exist in several languages, picked for the UI language, falling back to Russian.
 * Returns the language the text is really in, for the `lang` attribute.
 */
export function pick(
  text: { ru: string; kk?: string | undefined; en?: string | undefined },
  lang: UiLang,
): Picked {
  const value = text[lang];
  return value === undefined ? { text: text.ru, lang: 'ru' } : { text: value, lang };
}
