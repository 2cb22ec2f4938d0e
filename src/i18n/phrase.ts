import { pick, translate, UI_LANGS, type ParamsArgs, type UiKey, type UiLang } from '.';

/**
 * A phrase built by code (an audit finding, a place in the article): a key and the values of its
 * placeholders. It is rendered in whichever language reads it, so a Kazakh page gets Kazakh.
 */
export interface Phrase {
  readonly key: UiKey;
  readonly params?: Readonly<Record<string, PhraseValue>>;
}

/** Text that exists per language (a date, an act's title); Russian when the language has none. */
export interface PerLanguage {
  readonly ru: string;
  readonly kk?: string | undefined;
  readonly en?: string | undefined;
}

/** Several values shown as one, joined by a separator that is the same in every UI language. */
export interface PhraseList {
  readonly items: readonly PhraseValue[];
  readonly separator: ', ' | '; ';
}

/** A placeholder's value: data as printed, a number, text per language, a phrase or a list. */
export type PhraseValue = string | number | PerLanguage | Phrase | PhraseList;

/** A phrase of a key, with the parameters its Russian message's placeholders call for. */
export const phrase = <Key extends UiKey>(key: Key, ...[params]: ParamsArgs<Key, PhraseValue>): Phrase =>
  params === undefined ? { key } : { key, params };

export const list = (
  items: readonly PhraseValue[],
  separator: PhraseList['separator'] = ', ',
): PhraseList => ({
  items,
  separator,
});

/** A value computed for each UI language (a date as that language writes it). */
export function perLanguage(format: (lang: UiLang) => string): PerLanguage {
  const [ru, kk, en] = UI_LANGS.map(format);
  return { ru: ru ?? '', kk, en };
}

/** A phrase in one language, its nested phrases and lists included. */
export function renderPhrase(value: PhraseValue, lang: UiLang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('items' in value) return value.items.map((item) => renderPhrase(item, lang)).join(value.separator);
  if ('key' in value) {
    const params = Object.entries(value.params ?? {}).map(([name, param]) => [
      name,
      typeof param === 'number' ? param : renderPhrase(param, lang),
    ]);
    return translate(lang, value.key, Object.fromEntries(params));
  }
  return pick(value, lang).text;
}
