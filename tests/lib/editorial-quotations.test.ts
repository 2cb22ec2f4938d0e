import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections } from '../../src/lib/content';
import { checkEditorialQuotations, guillemetQuotations, occursIn } from '../../src/lib/editorial-quotations';
import { articleTexts, buildGraph } from '../../src/lib/graph';
import { ContentError } from '../../src/lib/integrity';
import { loadContent } from '../support/load-content';

let fixtures: Collections;
beforeAll(async () => {
  fixtures = await loadContent('tests/fixtures/content');
});

/** The problems the check finds in a copy of the fixtures with one change applied. */
function problems(edit: (c: Collections) => void) {
  const copy = structuredClone(fixtures);
  const texts = articleTexts(buildGraph(structuredClone(fixtures)));
  edit(copy);
  return checkEditorialQuotations(copy, texts);
}

describe('guillemetQuotations', () => {
  test('outermost balanced pairs, nested marks kept inside', () => {
    expect(guillemetQuotations('a «b «c» d» e «f»').quotes).toEqual(['b «c» d', 'f']);
  });
  test('a « left open is reported; a stray » (the article’s own) is not a quotation', () => {
    expect(guillemetQuotations('«a').unbalanced).toBe(true);
    expect(guillemetQuotations('государства». Кавычка «2050»')).toEqual({
      quotes: ['2050'],
      unbalanced: false,
    });
  });
});

describe('occursIn', () => {
  test('verbatim, spaces folded, pieces around an ellipsis in order', () => {
    expect(occursIn('система квот и разрешений', ['Важный элемент - система квот и разрешений.'])).toBe(true);
    expect(occursIn('систему квот и разрешений', ['Важный элемент - система квот и разрешений.'])).toBe(
      false,
    );
    expect(occursIn('система\n  квот', ['система квот'])).toBe(true);
    expect(occursIn('…элемент … разрешений', ['Важный элемент - система квот и разрешений.'])).toBe(true);
    expect(occursIn('разрешений … элемент', ['Важный элемент - система квот и разрешений.'])).toBe(false);
  });
});

describe('checkEditorialQuotations', () => {
  test('the fixtures pass, and quoting the article passes', () => {
    expect(problems(() => {})).toEqual([]);
    expect(
      problems((c) => {
        c.glossary[0]!.data.definition.ru = 'По статье, «каждый имеет право на труд».';
      }),
    ).toEqual([]);
  });

  test('a misquote of the article fails, naming the file, the field and the quote', () => {
    const found = problems((c) => {
      c.glossary[0]!.data.definition.ru = 'Статья говорит о «каждом праве на труд».';
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file: expect.stringMatching(/glossary\/quota\.yaml$/),
      field: 'definition.ru',
    });
    expect(found[0]?.reason).toContain('«каждом праве на труд» is not the article');
  });

  test('words from elsewhere in „…“ or “…” are not checked; every collection but the article is read', () => {
    expect(
      problems((c) => {
        c.notes[0]!.data.text.ru = 'Конвенция говорит о „трудящемся-мигранте“.';
        c.notes[0]!.data.text.en = 'The Convention speaks of “migrant workers”.';
      }),
    ).toEqual([]);
    const found = problems((c) => {
      c.notes[0]!.data.title.en = 'About «migrant workers»';
      c.comparisons[0]!.data.aspect.ru = 'Право «на отдых»';
    });
    expect(found.map((p) => p.field).sort()).toEqual(['aspect.ru', 'title.en']);
  });

  test("norms' editorial text is read too", () => {
    expect(problems((c) => (c.norms[0]!.data.shortTitle.ru = '«Основной закон»'))).toHaveLength(1);
  });

  test('the build fails on such a quote', () => {
    const copy = structuredClone(fixtures);
    copy.glossary[0]!.data.definition.ru = '«Никто не имеет права»';
    expect(() => buildGraph(copy)).toThrow(ContentError);
  });
});
