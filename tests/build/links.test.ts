import { describe, expect, test } from 'vitest';
import { checkLinks, parseHtml } from '../../scripts/check-links';
import { DIST } from '../support/built-site';

describe('the built site', () => {
  test('every internal link and fragment resolves', async () => {
    expect(await checkLinks(DIST)).toEqual([]);
  });
});

describe('checkLinks (on tests/fixtures/site)', () => {
  test('reports exactly the broken links, skipping external ones, scripts and comments', async () => {
    expect(await checkLinks('tests/fixtures/site')).toEqual([
      'good/index.html → ../style.css#x: a fragment on a file that is not a page',
      'index.html → /missing-script.js: no file missing-script.js',
      'index.html → /missing/: no file missing/index.html',
      'index.html → /good/#nowhere: no element with id "nowhere" on good/index.html',
      'index.html → #absent: no element with id "absent" on this page',
      'index.html → norm:kz-constitution-1995: not a web link (unknown scheme)',
      'index.html → img/missing.png: no file img/missing.png',
    ]);
  });

  test('links under another base path', async () => {
    const problems = await checkLinks('tests/fixtures/site', { base: '/explorer/' });
    // Absolute links written for `/` fall outside `/explorer/`; relative ones still resolve.
    expect(problems).toContain("index.html → /good/: outside the site's base /explorer/");
    expect(problems).not.toContain(expect.stringMatching(/→ good\/index\.html:/));
  });
});

describe('parseHtml', () => {
  test('reads href and src, decodes entities, and collects ids and <a name>', () => {
    const page = parseHtml(
      '<a href="/x/?a=1&amp;b=2" id="one">x</a><img src=\'/i.png\' alt=""><meta name="viewport"><a name=two>y</a>',
    );
    expect(page.links).toEqual(['/x/?a=1&b=2', '/i.png']);
    expect([...page.anchors]).toEqual(['one', 'two']);
  });

  test('ignores what scripts, styles and comments contain', () => {
    const page = parseHtml(
      '<script src="/s.js">let a = "<a href=\'/no/\'>";</script><style>a[id="no"]{}</style><!-- <a href="/no/"> -->',
    );
    expect(page.links).toEqual(['/s.js']);
    expect(page.anchors.size).toBe(0);
  });
});
