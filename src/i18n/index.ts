import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';
import type { UiLang } from './langs';

/** Every UI string key: Russian is the reference dictionary. */
export type UiKey = keyof typeof ru;

/**
 * A string whose wording depends on a number: one form per plural category of the language
 * (`Intl.PluralRules`: Russian one/few/many/other, Kazakh and English one/other). The form is
 * chosen by the `count` parameter.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A dictionary entry: a string, or plural forms. Either may hold `{name}` placeholders. */
export type Message = string | PluralForms;

/** The values a string's `{name}` placeholders are filled with. */
export type Params = Readonly<Record<string, string | number>>;

/** The UI dictionaries; `satisfies` makes a key missing from any of them a type error. */
const dictionaries = { ru, kk, en } satisfies Record<string, Record<UiKey, Message>>;

export { DEFAULT_LANG, ENDONYMS, UI_LANGS, uiLang, type UiLang } from './langs';

/** The message of a key in a language, before interpolation (the dictionary tests read it). */
export function messageOf(lang: UiLang, key: UiKey): Message {
  const dictionary: Record<UiKey, Message> = dictionaries[lang];
  return dictionary[key];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a string holds, in order of first appearance. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Fills a string's placeholders. A placeholder without a value, or a value no placeholder takes,
 * throws: JSON dictionaries give TypeScript no placeholder names to check, so a slip stops the
 * build (every page is rendered during it) instead of printing «{count}» to readers.
 */
function interpolate(key: UiKey, text: string, params: Params): string {
  for (const name of Object.keys(params))
    if (name !== 'count' && !placeholders(text).includes(name))
      throw new Error(`i18n: «${key}» has no placeholder {${name}}`);
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: «${key}» needs the parameter {${name}}`);
    return String(value);
  });
}

/** The translation function for one UI language: `t(key)`, `t(key, { name: value })`. */
export function useTranslations(lang: UiLang) {
  const plural = new Intl.PluralRules(lang);
  return (key: UiKey, params: Params = {}): string => {
    const message = messageOf(lang, key);
    if (typeof message === 'string') return interpolate(key, message, params);
    const { count } = params;
    if (typeof count !== 'number') throw new Error(`i18n: «${key}» is plural and needs a number {count}`);
    return interpolate(key, message[plural.select(count)] ?? message.other, params);
  };
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
