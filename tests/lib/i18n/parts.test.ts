import { describe, expect, test } from 'vitest';
import { formatList } from '../../../src/i18n';
import { hugSlot, translateParts } from '../../../src/i18n/parts';

describe('translateParts', () => {
  test('fills the placeholders it has values for, and leaves the others as slots where the language puts them', () => {
    const params = { section: 'Введение', authors: 'Иванова А.А.', year: 2024 };
    expect(translateParts('ru', 'meta.description.section', params)).toEqual([
      { text: 'Введение. Раздел статьи: ' },
      { slot: 'article' },
      { text: ' (Иванова А.А., 2024).' },
    ]);
    // Kazakh names the article first, quoted, and only then says it is a section of it.
    expect(translateParts('kk', 'meta.description.section', params)).toEqual([
      { text: 'Введение. «' },
      { slot: 'article' },
      { text: '» мақаласының бөлімі (Иванова А.А., 2024).' },
    ]);
  });

  test('slots may open and close the phrase, and follow each other', () => {
    expect(translateParts('en', 'entity.citedIn.siteRead', { form: 'footnote 2' })).toEqual([
      { slot: 'place' },
      { text: " (footnote 2; editors' reading: " },
      { slot: 'note' },
      { text: ')' },
    ]);
    expect(translateParts('ru', 'visuals.dataTable')).toEqual([
      { text: 'Таблица данных: ' },
      { slot: 'heading' },
    ]);
  });

  test('a plural key takes the form its count chooses', () => {
    expect(translateParts('ru', 'entity.related.item', { kind: 'норма', count: 3 })).toEqual([
      { slot: 'entry' },
      { text: ' (норма, 3 общих абзаца)' },
    ]);
    expect(translateParts('kk', 'entity.related.item', { kind: 'норма', count: 3 })).toEqual([
      { slot: 'entry' },
      { text: ' (норма, 3 ортақ абзац)' },
    ]);
  });

  test("translate's checks hold: a value without a placeholder, or a plural key without a count, stops the build", () => {
    expect(() => translateParts('ru', 'visuals.dataTable', { title: 'x' })).toThrow(
      'has no placeholder {title}',
    );
    expect(() => translateParts('ru', 'entity.related.item', { kind: 'норма' })).toThrow(
      'needs a number {count}',
    );
  });
});

describe('hugSlot', () => {
  test('drops the spaces at the edges of a slot and inside its outer element, and keeps those within', () => {
    expect(hugSlot(' <a href="/x/"> <span lang="ru">Доля СНГ</span> </a> ')).toBe(
      '<a href="/x/"><span lang="ru">Доля СНГ</span></a>',
    );
    expect(hugSlot('<a href="/a/"> A </a> · <a href="/b/"> B </a>')).toBe(
      '<a href="/a/">A </a> · <a href="/b/"> B</a>',
    );
    expect(hugSlot(' text ')).toBe('text');
  });
});

describe('formatList', () => {
  test('joins items as the language lists them', () => {
    expect(formatList('ru', ['А', 'Б', 'В'])).toBe('А, Б и В');
    expect(formatList('kk', ['А', 'Б'])).toBe('А және Б');
    expect(formatList('en', ['A', 'B'])).toBe('A and B');
    expect(formatList('ru', ['А'])).toBe('А');
  });
});
