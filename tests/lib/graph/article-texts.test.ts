import { expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph';
import { articleTexts } from '../../../src/lib/graph/article-texts';
import { fixtures } from './fixtures';

test('articleTexts holds every printed text: headings, paragraphs, both lists, the front matter', async () => {
  const c = await fixtures();
  const texts = articleTexts(buildGraph(c));
  expect(texts).toEqual(
    expect.arrayContaining([
      'Введение',
      'В 2022 году прибыло 17 425 лиц¹ [1].',
      'Доклад о миграции. – 2022. – URL: https://example.org/report',
      'Doklad o migracii. – 2022.',
      c.articles[0]!.data.title.en,
      c.articles[0]!.data.abstract.ru,
      c.articles[0]!.data.authors[0]!.name.ru,
    ]),
  );
});
