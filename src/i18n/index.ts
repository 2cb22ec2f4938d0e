import ru from './ru.json';

/** Every UI string key; a key missing from a dictionary is a type error. */
export type UiKey = keyof typeof ru;

/** The UI dictionaries. Russian is the default and, for now, the only UI language. */
const dictionaries = { ru } satisfies Record<string, Record<UiKey, string>>;
export type UiLang = keyof typeof dictionaries;

/** The translation function for one UI language. */
export function useTranslations(lang: UiLang = 'ru') {
  const dictionary = dictionaries[lang];
  return (key: UiKey): string => dictionary[key];
}
