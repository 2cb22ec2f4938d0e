import { describe, expect, test } from 'vitest';
import { englishStem, kazakhStem, russianStem, searchStem } from '../../../src/lib/search/word-forms';

describe('kazakhStem', () => {
  // Inflected forms of the glossary's terms and the instruments' titles, with the stem that
  // finds them; the list the issue asks for comes first.
  const forms: [string, string][] = [
    ['мигранттардың', 'мигрант'],
    ['рұқсаттар', 'рұқсат'],
    ['көші-қонның', 'көші-қон'],
    ['квоталар', 'квота'],
    ['мигранттар', 'мигрант'],
    ['мигранттарға', 'мигрант'],
    ['құқықтары', 'құқық'],
    ['құқықтарын', 'құқық'],
    ['заңның', 'заң'],
    ['жұмысқа', 'жұмыс'],
    ['тұжырымдамасы', 'тұжырымдама'],
    ['конституциясы', 'конституция'],
    ['шетелдіктердің', 'шетелдік'],
    ['квотаны', 'квота'],
  ];
  test.each(forms)('%s → %s', (form, stem) => {
    expect(kazakhStem(form)).toBe(stem);
  });
  test('a stem is a prefix of every form it stands for, even where it loses a root letter', () => {
    for (const form of ['рұқсаты', 'рұқсатқа', 'рұқсатын'])
      expect('рұқсат'.startsWith(kazakhStem(form))).toBe(true);
  });
  test('the bare word stays whole', () => {
    expect(kazakhStem('квота')).toBe('квота');
    expect(kazakhStem('рұқсат')).toBe('рұқсат');
  });
});

describe('searchStem', () => {
  test('a Cyrillic word is read as Kazakh when it has a Kazakh letter, or in the Kazakh UI', () => {
    expect(searchStem('рұқсаттар', false)).toBe('рұқсат');
    // In another UI, a Kazakh plural without a Kazakh letter is read as Russian.
    expect(searchStem('квоталар', false)).toBe('квоталар');
    expect(searchStem('квоталар', true)).toBe('квота');
  });
  test('a Russian word loses its ending; related words stay apart', () => {
    expect(russianStem('разрешение')).toBe('разрешен');
    expect(russianStem('разрешений')).toBe('разрешен');
    expect(russianStem('миграция')).toBe('миграц');
    expect(russianStem('мигрантов')).toBe('мигрант');
    expect(russianStem('мом')).toBe('мом');
  });
  test('English plurals go; «status» keeps its s', () => {
    expect(englishStem('permits')).toBe('permit');
    expect(englishStem('status')).toBe('status');
    expect(englishStem('rights')).toBe('right');
    expect(searchStem('c097', false)).toBe('c097');
  });
});
