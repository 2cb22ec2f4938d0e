import { describe, expect, test } from 'vitest';
import { findAbsentGlossaryForms, glossarySites } from '../../../src/lib/graph/glossary';
import { renderedSections } from '../../../src/lib/graph/sections';
import { changed, fixtures, printed } from './fixtures';

describe('glossarySites', () => {
  test('finds a term in every paragraph that holds one of its forms, case-insensitively', async () => {
    const c = await changed((c) => {
      c.glossary[0]!.data.forms = ['конституции', 'ПРИБЫЛО'];
    });
    const rendered = renderedSections(c.sections);
    const sites = glossarySites(c.glossary, c.sections, (s) => rendered.get(s)?.paragraphs ?? []);
    expect(sites.map(([key, s]) => [key, s.paragraph, s.form])).toEqual([
      ['glossary:quota', 1, 'mention'],
      ['glossary:quota', 2, 'mention'],
    ]);
  });
});

describe('findAbsentGlossaryForms', () => {
  const paragraphsOf = async () => {
    const c = await fixtures();
    return [...renderedSections(c.sections).values()].flatMap((d) => d.paragraphs);
  };

  test('accepts a form found in the body', async () => {
    const c = await fixtures();
    expect(findAbsentGlossaryForms(c.glossary, c.articles, await paragraphsOf())).toEqual([]);
  });

  test('accepts a form found only in the front matter', async () => {
    const c = await changed((c) => {
      c.glossary[0]!.data.forms = [c.articles[0]!.data.title.ru.toLocaleUpperCase()];
    });
    expect(findAbsentGlossaryForms(c.glossary, c.articles, await paragraphsOf())).toEqual([]);
  });

  test('names a form that occurs nowhere in the article', async () => {
    const c = await changed((c) => {
      c.glossary[0]!.data.forms = ['конституции', 'нигде-не-встречается'];
    });
    expect(printed(findAbsentGlossaryForms(c.glossary, c.articles, await paragraphsOf()))).toEqual([
      'tests/fixtures/content/glossary/quota.yaml → forms[1]: «нигде-не-встречается» occurs nowhere in the article',
    ]);
  });
});
