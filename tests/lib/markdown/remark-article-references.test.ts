import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../../src/lib/content-files';
import { paragraphAnchor } from '../../../src/lib/routes';
import {
  remarkArticleReferences,
  type ArticleReferencesData,
} from '../../../src/lib/markdown/remark-article-references';

async function run(markdown: string, base = '/', path = 'content/sections/a/intro.md') {
  const file = new VFile({ path, value: markdown });
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkArticleReferences, { base })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
  const { frontmatter } = file.data['astro'] as { frontmatter: ArticleReferencesData };
  return { html, data: frontmatter };
}

describe('remarkArticleReferences', () => {
  test('numbers paragraphs and keeps their verbatim text', async () => {
    const { html, data } = await run('Первый абзац.\n\nВторой [1].');
    expect(html).toContain(
      '<p id="intro-p1"><a href="#intro-p1" class="para-num" data-pagefind-ignore="">1</a>Первый абзац.</p>',
    );
    expect(html).toContain('<p id="intro-p2"><a href="#intro-p2" class="para-num"');
    expect(data.paragraphs).toEqual(['Первый абзац.', 'Второй [1].']);
  });

  test("anchors come from the section's id as the loader slugs it, as routes.ts gives them", async () => {
    const { html } = await run('Абзац.', '/', 'content/sections/a/Final Remarks.md');
    expect(html).toContain('<p id="final-remarks-p1">');
    expect(paragraphAnchor(entryId('a/Final Remarks.md'), 1)).toBe('final-remarks-p1');
  });

  test('footnote markers link to the footnote and are recorded with their ids', async () => {
    const { html, data } = await run('Таджикистана¹. Второе⁹ и ¹⁰.');
    expect(html).toContain('<a href="#fn-1" class="footnote-ref" id="intro-p1-fnref-1">¹</a>');
    expect(html).toContain('<a href="#fn-10" class="footnote-ref" id="intro-p1-fnref-10">¹⁰</a>');
    expect(data.citations).toEqual([
      { paragraph: 1, target: { type: 'footnote', number: 1 }, marker: 'intro-p1-fnref-1' },
      { paragraph: 1, target: { type: 'footnote', number: 9 }, marker: 'intro-p1-fnref-9' },
      { paragraph: 1, target: { type: 'footnote', number: 10 }, marker: 'intro-p1-fnref-10' },
    ]);
  });

  test('a number marked twice in a paragraph gets two ids', async () => {
    const { data } = await run('Одно¹ и снова¹ [2], [2].');
    expect(data.citations.map((c) => c.marker)).toEqual([
      'intro-p1-fnref-1',
      'intro-p1-fnref-1-2',
      'intro-p1-citeref-2',
      'intro-p1-citeref-2-2',
    ]);
  });

  test('a single bracket citation', async () => {
    const { html, data } = await run('угрозы [1].');
    expect(html).toContain('[<a href="#ref-1" class="citation-ref" id="intro-p1-citeref-1">1</a>]');
    expect(data.citations).toEqual([
      { paragraph: 1, target: { type: 'reference', number: 1 }, marker: 'intro-p1-citeref-1' },
    ]);
  });

  test('a range links its printed ends and records every number in it, inside it at its start', async () => {
    const { html, data } = await run('прав [5 - 7].');
    expect(html).toContain(
      '[<a href="#ref-5" class="citation-ref" id="intro-p1-citeref-5">5</a> - <a href="#ref-7" class="citation-ref" id="intro-p1-citeref-7">7</a>]',
    );
    expect(data.citations).toEqual(
      [5, 6, 7].map((number) => ({
        paragraph: 1,
        target: { type: 'reference', number },
        marker: `intro-p1-citeref-${number === 6 ? 5 : number}`,
      })),
    );
  });

  test('a list links each number and keeps the separators', async () => {
    const { html, data } = await run('в тень [1; 9; 10].');
    expect(html).toContain(
      '[<a href="#ref-1" class="citation-ref" id="intro-p1-citeref-1">1</a>; <a href="#ref-9" class="citation-ref" id="intro-p1-citeref-9">9</a>; <a href="#ref-10" class="citation-ref" id="intro-p1-citeref-10">10</a>]',
    );
    expect(data.citations.map((c) => c.target)).toEqual(
      [1, 9, 10].map((number) => ({ type: 'reference', number })),
    );
  });

  test('mentions become links to entity pages under the base and are recorded', async () => {
    const { html, data } = await run(
      '[Конституция РК (ст. 24)](norm:kz-constitution-1995) и [86,1 %](stat:share) и [МОМ](org:iom).',
      '/explorer/',
    );
    expect(html).toContain(
      '<a href="/explorer/norms/kz-constitution-1995/" class="mention mention-norms" data-mention="norms/kz-constitution-1995">',
    );
    expect(html).toContain(
      '<a href="/explorer/statistics/share/" class="mention mention-statistics" data-mention="statistics/share">',
    );
    expect(html).toContain(
      '<a href="/explorer/organizations/iom/" class="mention mention-organizations" data-mention="organizations/iom">',
    );
    expect(data.citations.map((c) => c.target)).toEqual([
      { type: 'mention', collection: 'norms', id: 'kz-constitution-1995' },
      { type: 'mention', collection: 'statistics', id: 'share' },
      { type: 'mention', collection: 'organizations', id: 'iom' },
    ]);
    expect(data.paragraphs).toEqual(['Конституция РК (ст. 24) и 86,1 % и МОМ.']);
  });

  test('a web link is a link out: noopener noreferrer, without tracking parameters', async () => {
    const { html, data } = await run('[сайт](https://stat.gov.kz/?utm_source=x)');
    expect(html).toContain('<a href="https://stat.gov.kz/" rel="noopener noreferrer">сайт</a>');
    expect(data.citations).toEqual([]);
  });

  test('an unknown mention scheme fails loudly', async () => {
    await expect(run('[X](law:x)')).rejects.toThrow(/unknown mention scheme "law:"/);
  });

  test('anything but paragraphs fails loudly, naming the file', async () => {
    await expect(run('Текст.\n\n# Heading')).rejects.toThrow(
      'content/sections/a/intro.md → body (paragraph 2): a section holds paragraphs only; this block is a heading',
    );
  });

  test.each([
    [
      '<script>alert(1)</script>',
      'raw HTML is not allowed in the article\'s text: "<script>alert(1)</script>"',
    ],
    [
      'Текст <img src=x onerror=alert(1)> дальше.',
      'raw HTML is not allowed in the article\'s text: "<img src=x onerror=alert(1)>"',
    ],
    [
      '[нажми](javascript:alert(1))',
      'link to "javascript:alert(1)": only norm:, stat:, org: mentions and http(s) addresses may be linked',
    ],
    ['[x](data:text/html,<script>alert(1)</script>)', 'link to "data:text/html,<script>alert(1)</script>"'],
    ['![x](https://tracker.example/pixel.png)', "images are not allowed in the article's text"],
    ['<https://a.kz/> и <b>жирный</b>', 'raw HTML is not allowed in the article\'s text: "<b>"'],
  ])('%s fails the build, naming file, paragraph and reason', async (markdown, reason) => {
    await expect(run(`Первый.\n\n${markdown}`)).rejects.toThrow(
      `content/sections/a/intro.md → body (paragraph 2): ${reason}`,
    );
  });

  test('a backwards range fails loudly', async () => {
    await expect(run('[7 - 5]')).rejects.toThrow(/does not run upwards/);
  });
});
