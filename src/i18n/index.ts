import en from './en';
import kk from './kk';
import ru from './ru';
import { UI_LANGS, type UiLang } from './langs';

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

/** The values a string's `{name}` placeholders are filled with, whatever the key. */
export type Params = Readonly<Record<string, string | number>>;

/** The names of the `{name}` placeholders in a literal text (the Russian message's type). */
type PlaceholderNames<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;

/** Every text of a key's Russian message: the string, or each of its plural forms. */
type TextsOf<Key extends UiKey> = (typeof ru)[Key] extends infer M
  ? M extends string
    ? M
    : M[keyof M]
  : never;

/**
 * The parameters a key takes, typed from its Russian message: one per placeholder, and a number
 * `count` for plural forms (it chooses the form, whether or not the text prints it).
 */
export type ParamsOf<Key extends UiKey, Value = string | number> = {
  readonly [Name in PlaceholderNames<TextsOf<Key>>]: Name extends 'count' ? number : Value;
} & ((typeof ru)[Key] extends string ? unknown : { readonly count: number });

/** A key whose message has no placeholders: a label, which a declaration may name as data. */
export type PlainKey = { [Key in UiKey]: ParamsArgs<Key> extends [] ? Key : never }[UiKey];

/** The arguments after the key: none for a key without placeholders, else its parameters. */
export type ParamsArgs<Key extends UiKey, Value = string | number> = [keyof ParamsOf<Key, Value>] extends [
  never,
]
  ? []
  : [params: ParamsOf<Key, Value>];

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
 * Fills a string's placeholders. TypeScript checks the parameters of a literal key; a key chosen
 * at run time (a union) or a phrase rendered later is checked only here, so a placeholder without
 * a value, or a value no placeholder takes, throws and stops the build (every page is rendered
 * during it) instead of printing «{count}» to readers.
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

const PLURAL_RULES = new Map(UI_LANGS.map((lang) => [lang, new Intl.PluralRules(lang)]));

/** A key's message in a language, filled with parameters that only the run-time checks vouch for. */
export function translate(lang: UiLang, key: UiKey, params: Params = {}): string {
  const message = messageOf(lang, key);
  if (typeof message === 'string') return interpolate(key, message, params);
  const { count } = params;
  if (typeof count !== 'number') throw new Error(`i18n: «${key}» is plural and needs a number {count}`);
  return interpolate(key, message[PLURAL_RULES.get(lang)?.select(count) ?? 'other'] ?? message.other, params);
}

const LIST_FORMATS = new Map(
  UI_LANGS.map((lang) => [lang, new Intl.ListFormat(lang, { type: 'conjunction' })]),
);

/** Items as the language lists them: «А, Б и В», «А, Б және В», "A, B, and C". */
export function formatList(lang: UiLang, items: readonly string[]): string {
  return LIST_FORMATS.get(lang)?.format(items) ?? items.join(', ');
}

/** The translation function for one UI language: `t(key)`, `t(key, { name: value })`. */
export function useTranslations(lang: UiLang) {
  return <Key extends UiKey>(key: Key, ...[params]: ParamsArgs<Key>): string => translate(lang, key, params);
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
