import { describe, expect, test } from 'vitest';
import { referencesTransliteration as rule } from '../../../src/lib/audit/rules/references-transliteration';
import {
  REFERENCES_SCHEME,
  SLUG_SCHEME,
  transliterate,
  wordDifferences,
  words,
} from '../../../src/lib/audit/transliteration';
import type { Collections } from '../../../src/lib/content';
import { check, entities, sourceOf, twin } from './helpers';
import { say } from '../../support/say';

/** Sets both printed forms of the fixture's reference 1. */
const printed = (ru: string, translit: string) => (c: Collections) => {
  const entry = sourceOf(c).data.citedAs.find((e) => e.list === 'references');
  if (entry?.list !== 'references') throw new Error('the fixture has no reference');
  entry.printed = ru;
  entry.printedTransliterated = translit;
};

describe('the schemes', () => {
  test("References' scheme reproduces the article's own correct entries", () => {
    expect(transliterate('Нелегальная миграция: проявление реальности', REFERENCES_SCHEME)).toBe(
      "nelegal'naja migracija: projavlenie real'nosti",
    );
    expect(transliterate('объединений защиты экономического', REFERENCES_SCHEME)).toBe(
      'ob#edinenij zashhity jekonomicheskogo',
    );
  });

  test("the slug scheme reproduces CyberLeninka's slugs", () => {
    expect(transliterate('защита прав трудящихся объединений социальной', SLUG_SCHEME)).toBe(
      'zaschita prav trudyaschihsya obedineniy sotsialnoy',
    );
  });

  test('words keep hyphens inside a word and drop dashes, № and punctuation', () => {
    expect(words('трудящихся-мигрантов, государств - членов. -№2 (40). С. 73-81')).toEqual([
      'трудящихся-мигрантов',
      'государств',
      'членов',
      '2',
      '40',
      'С',
      '73-81',
    ]);
  });

  test('a lost hyphen is one difference', () => {
    expect(
      wordDifferences(
        ['прав', 'трудящихся-мигрантов'],
        ['prav', 'trudjashhihsja', 'migrantov'],
        REFERENCES_SCHEME,
      ),
    ).toEqual([
      {
        source: ['трудящихся-мигрантов'],
        expected: ['trudjashhihsja-migrantov'],
        printed: ['trudjashhihsja', 'migrantov'],
      },
    ]);
  });
});

describe('references-transliteration', () => {
  test('a faithful transliteration passes, addresses and punctuation aside', async () => {
    expect(await check(rule)).toEqual([]);
    expect(
      await check(
        rule,
        printed(
          'Иванова А.А. Теневой рынок труда // Вестник. -2023. -№4. – URL: <https://example.org/r?id=1>',
          'Ivanova A.A. Tenevoj rynok truda // Vestnik. 2023. №4. - URL: <https://example.org/r?id=2>',
        ),
      ),
    ).toEqual([]);
  });

  test('a misspelt word (ref 9: «rynek» for «рынок»)', async () => {
    const findings = await check(rule, printed('Теневой рынок труда.', 'Tenevoj rynek truda.'));
    expect(entities(findings)).toEqual([['sources:demo-report']]);
    expect(findings[0]).toMatchObject({ rule: 'references-transliteration', severity: 'info' });
    expect(say(findings[0], 'en')).toBe(
      "Reference 1: References departs from the list's own transliteration scheme: «рынок»: expected «rynok», printed «rynek».",
    );
  });

  test('a lost hyphen (ref 6) and another scheme for я (ref 10)', async () => {
    const findings = await check(
      rule,
      printed('Права трудящихся-мигрантов и последствия.', 'Prava trudjashhihsja migrantov i posledstviya.'),
    );
    expect(say(findings[0], 'en')).toContain(
      '«трудящихся-мигрантов»: expected «trudjashhihsja-migrantov», printed «trudjashhihsja migrantov»',
    );
    expect(say(findings[0], 'en')).toContain(
      '«последствия»: expected «posledstvija», printed «posledstviya»',
    );
  });

  test('words left in Cyrillic, added or left out', async () => {
    const added = await check(rule, printed('Доклад. – 2016.', 'Doklad. Doklad. - 2016.'));
    expect(say(added[0], 'en')).toContain(': «Doklad» added.');
    const findings = await check(
      rule,
      printed('Доклад. – Астана, 2016. – 288 с.', 'Doklad. - Астана, 2016.'),
    );
    expect(say(findings[0], 'en')).toContain('«Астана»: expected «astana», printed «Астана»');
    expect(say(findings[0], 'en')).toContain('«288 с» left out (expected «288 s»)');
  });

  test('the same departure in several entries is reported once, about all of them', async () => {
    const findings = await check(rule, (c) => {
      printed('Доклад (дата обращения: 12.06.2025).', 'Doklad (data obrashcheniya: 12.06.2025)')(c);
      const other = twin(sourceOf(c), 'other-report');
      const entry = other.data.citedAs.find((e) => e.list === 'references');
      if (entry?.list !== 'references') throw new Error('no reference');
      other.data.citedAs = [{ ...entry, number: 2 }];
      c.sources.push(other);
    });
    expect(findings).toHaveLength(1);
    expect(entities(findings)).toEqual([['sources:demo-report', 'sources:other-report']]);
    expect(say(findings[0], 'en')).toContain('entries 1, 2');
    expect(say(findings[0], 'en')).toContain('«обращения»: expected «obrashhenija», printed «obrashcheniya»');
  });
});
