import { describe, expect, test } from 'vitest';
import {
  adiletCodeOf,
  editDistance,
  extractUrls,
  hasEmptyUrlLabel,
  transliterationDistance,
} from '../../../src/lib/audit/text';

describe('extractUrls', () => {
  test('reads addresses without brackets and closing punctuation', () => {
    expect(extractUrls('– URL: <https://stat.gov.kz/>')).toEqual(['https://stat.gov.kz/']);
    expect(extractUrls('URL: https://a.kz/x. Б, https://b.kz/y;')).toEqual([
      'https://a.kz/x',
      'https://b.kz/y',
    ]);
    expect(extractUrls('(см. https://a.kz/page_(1))')).toEqual(['https://a.kz/page_(1)']);
  });

  test('ends an address where Cyrillic text is glued to it', () => {
    expect(
      extractUrls('https://online.zakon.kz/Document/?doc_id=32575837(дата обращения: 12.06.2025).'),
    ).toEqual(['https://online.zakon.kz/Document/?doc_id=32575837']);
  });

  test('keeps query and fragment', () => {
    expect(extractUrls('https://z.kz/D?doc_id=1&pos=24;-53#pos=24;-53 (дата')).toEqual([
      'https://z.kz/D?doc_id=1&pos=24;-53#pos=24;-53',
    ]);
  });
});

test('hasEmptyUrlLabel', () => {
  expect(hasEmptyUrlLabel('[Электрон. ресурс]. – URL:')).toBe(true);
  expect(hasEmptyUrlLabel('URL: (дата обращения: 12.06.2025)')).toBe(true);
  expect(hasEmptyUrlLabel('URL: <https://stat.gov.kz/>')).toBe(false);
  expect(hasEmptyUrlLabel('Доклад. – 2022.')).toBe(false);
});

test('adiletCodeOf', () => {
  expect(adiletCodeOf('https://adilet.zan.kz/rus/docs/Z1100000477')).toBe('Z1100000477');
  expect(adiletCodeOf('https://adilet.zan.kz/kaz/docs/U070000399_/compare')).toBe('U070000399_');
  expect(adiletCodeOf('https://example.org/docs/Z1100000477')).toBeUndefined();
  expect(adiletCodeOf('https://adilet.zan.kz/rus')).toBeUndefined();
  expect(adiletCodeOf('not a url')).toBeUndefined();
});

test('editDistance and transliterationDistance', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(transliterationDistance('Абайдельдинов', "Abajdel'dinov")).toBe(0);
  expect(transliterationDistance('Щукин', 'Shchukin')).toBe(0);
  expect(transliterationDistance('Айтасова', 'Ajasova')).toBe(1);
});
