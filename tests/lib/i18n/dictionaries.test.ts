import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messageOf, placeholders, UI_LANGS, type Message, type UiKey } from '../../../src/i18n';
import ru from '../../../src/i18n/ru';
import { dynamicKeyTemplates, sourceFiles, usedKeys } from './key-usage';

const KEYS = Object.keys(ru) as UiKey[];
const texts = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);

describe('the dictionaries', () => {
  test('no two keys say the same thing in every language (one concept, one key)', () => {
    const byWording = new Map<string, UiKey[]>();
    for (const key of KEYS) {
      const wording = JSON.stringify(UI_LANGS.map((lang) => messageOf(lang, key)));
      byWording.set(wording, [...(byWording.get(wording) ?? []), key]);
    }
    expect([...byWording.values()].filter((keys) => keys.length > 1)).toEqual([]);
  });

  test('every key is used by the site', () => {
    // Not the dictionaries themselves: each quotes every key.
    const dictionaries = new Set(UI_LANGS.map((lang) => join('src', 'i18n', `${lang}.ts`)));
    const used = usedKeys(
      sourceFiles('src').filter((file) => !dictionaries.has(file)),
      KEYS,
    );
    expect(KEYS.filter((key) => !used.has(key))).toEqual([]);
  });

  test('no key is built by interpolation, where the unused-key scan would miss it', () => {
    expect(dynamicKeyTemplates(sourceFiles('src'), KEYS)).toEqual([]);
  });

  test('every language fills the same placeholders as Russian', () => {
    for (const key of KEYS) {
      const expected = texts(messageOf('ru', key)).flatMap(placeholders).sort();
      for (const lang of UI_LANGS)
        for (const text of texts(messageOf(lang, key)))
          expect(placeholders(text).sort(), `${lang} ${key}`).toEqual([...new Set(expected)]);
    }
  });

  test("a plural key has a form for each of its language's plural categories", () => {
    for (const lang of UI_LANGS) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of KEYS) {
        const message = messageOf(lang, key);
        if (typeof message === 'string') continue;
        expect(Object.keys(message).sort(), `${lang} ${key}`).toEqual([...categories].sort());
      }
    }
  });
});
