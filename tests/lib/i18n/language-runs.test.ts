import { describe, expect, test } from 'vitest';
import { languageRuns } from '../../../src/i18n/language-runs';
import { unmarkedText } from '../../support/unmarked-language';

/** The runs in another language than the text's, as `lang: text`. */
const marked = (text: string, lang: 'ru' | 'kk' | 'en') =>
  languageRuns(text, lang)
    .filter((run) => run.lang)
    .map((run) => `${run.lang}: ${run.text}`);

describe('quotations in another language are found', () => {
  test('an English text quoting Russian and Kazakh: the quotation marks stay outside', () => {
    expect(
      marked('Art. 24 speaks of freedom of labour; the article says «право каждого на труд».', 'en'),
    ).toEqual(['ru: право каждого на труд']);
    expect(marked('Kazakh affiliation: «педогогикалық» for “педагогикалық”', 'en')).toEqual([
      'kk: педогогикалық',
      'kk: педагогикалық',
    ]);
  });

  test('a Kazakh text quoting Russian, and English with its function words', () => {
    expect(marked('Мақалада «право каждого на труд» деп жазылған.', 'kk')).toEqual([
      'ru: право каждого на труд',
    ]);
    expect(marked('«Labor Migration in Asia: Changing Profiles and Processes» (2023)', 'kk')).toEqual([
      'en: Labor Migration in Asia: Changing Profiles and Processes',
    ]);
    expect(marked('«О миграции населения» Заңы', 'kk')).toEqual(['ru: О миграции населения']);
    // A Russian heading inside a Kazakh phrase: only its words.
    expect(marked('(Молдахметова, 2025, Бөлім Результаты и обсуждение)', 'kk')).toEqual([
      'ru: Результаты и обсуждение',
    ]);
  });

  test('Kazakh words, loanwords and proper names in Latin letters are not marked', () => {
    expect(marked('«Халықтың көші-қоны туралы» Заңы; 2023 жылғы 1 мамырдағы жағдай бойынша', 'kk')).toEqual(
      [],
    );
    expect(marked('Конвенция, квота, стратегия; World Migration Report 2022', 'kk')).toEqual([]);
    expect(languageRuns('Work permit', 'en')).toEqual([{ text: 'Work permit' }]);
  });

  test('the runs put back together are the text', () => {
    const text = 'Footnotes 2 and 5 link the Law «О миграции населения», not decree No. 961';
    expect(
      languageRuns(text, 'en')
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});

describe('the parity check finds unmarked text', () => {
  test('Russian on a Kazakh page, unless marked', () => {
    expect(unmarkedText('<p>Сноски 2 и 5 ведут не на постановление</p>', 'kk')).toHaveLength(1);
    expect(unmarkedText('<p lang="ru">Сноски 2 и 5 ведут не на постановление</p>', 'kk')).toEqual([]);
    expect(unmarkedText('<p>2 және 5-ескертпелер қаулыға емес, Заңға сілтейді</p>', 'kk')).toEqual([]);
  });

  test('any Cyrillic on an English page; a title or attribute only when wholly in it', () => {
    expect(unmarkedText('<p>the Law «О миграции населения»</p>', 'en')).toHaveLength(1);
    expect(unmarkedText('<p>the Law «<span lang="ru">О миграции населения</span>»</p>', 'en')).toEqual([]);
    expect(unmarkedText('<title>the Law «О миграции населения»</title>', 'en')).toEqual([]);
    expect(unmarkedText('<a aria-label="4: О миграции населения">→</a>', 'en')).toHaveLength(1);
    expect(unmarkedText('<div hidden>О миграции населения</div>', 'en')).toEqual([]);
  });
});
