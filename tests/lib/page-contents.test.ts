import { describe, expect, test } from 'vitest';
import { MIN_CONTENTS_SECTIONS, pageContents, sectionHeadings } from '../../src/lib/page-contents';

const CITE = { id: 'cite-this-title', text: 'Как цитировать', lang: undefined };

/** A body of `count` sections, each headed by an `<h2>` with an id. */
function sections(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<section><h2 id="s${i + 1}">S${i + 1}</h2><p>…</p></section>`,
  ).join('');
}

describe('the section headings of a page', () => {
  test('are its <h2>s with an id, in order, with their text and marked language', () => {
    const html = [
      '<h2 id="introduction" lang="ru"><a href="/articles/a/introduction/">Введение</a></h2>',
      '<p>Text</p><h3 id="sub">Not a section</h3>',
      '<h2 id="cited-in">Where it is cited</h2>',
    ].join('');
    expect(sectionHeadings(html)).toEqual([
      { id: 'introduction', text: 'Введение', lang: 'ru' },
      { id: 'cited-in', text: 'Where it is cited', lang: undefined },
    ]);
  });

  test('read the text as shown: markup dropped, references decoded, white space collapsed', () => {
    const html =
      '<h2 class="x" id="a&amp;b">\n  <span lang="kk">«Сілтеме»</span> &amp; &lt;1&gt; &#39;n&#x27; &quot;\n</h2>';
    expect(sectionHeadings(html)).toEqual([{ id: 'a&b', text: `«Сілтеме» & <1> 'n' "`, lang: undefined }]);
  });

  test('leave out a heading without an id, which no link can reach', () => {
    expect(sectionHeadings('<h2>Notes</h2><h2 data-id="x">Other</h2><h2 id="">Empty</h2>')).toEqual([]);
  });
});

describe('the contents of a page', () => {
  test('list its sections, then the layout’s (How to cite)', () => {
    expect(pageContents(sections(3), [CITE], 'if-long')?.map((e) => e.id)).toEqual([
      's1',
      's2',
      's3',
      'cite-this-title',
    ]);
  });

  test('where shown only if long, need MIN_CONTENTS_SECTIONS sections of its own', () => {
    expect(pageContents(sections(MIN_CONTENTS_SECTIONS - 1), [CITE], 'if-long')).toBeUndefined();
    expect(pageContents(sections(MIN_CONTENTS_SECTIONS), [], 'if-long')).toHaveLength(MIN_CONTENTS_SECTIONS);
  });

  test('where always shown, exist on a page with no section', () => {
    expect(pageContents('<p>Text</p>', [CITE], 'always')).toEqual([CITE]);
    expect(pageContents('<p>Text</p>', [], 'always')).toEqual([]);
  });
});
