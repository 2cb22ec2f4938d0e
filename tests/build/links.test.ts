import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check-links';
import { DIST } from '../support/built-site';

// linkinator requests every page of the site from a local server: seconds, not milliseconds.
describe('the built site', { timeout: 60_000 }, () => {
  test('every internal link and fragment resolves', async () => {
    expect(await checkLinks(DIST)).toEqual([]);
  });
});

describe('checkLinks (on tests/fixtures/site)', () => {
  test('reports exactly the broken links, skipping external ones, scripts and comments', async () => {
    expect(await checkLinks('tests/fixtures/site')).toEqual([
      "/ → /#absent: Fragment identifier '#absent' not found on page",
      "/ → /good/#nowhere: Fragment identifier '#nowhere' not found on page",
      '/ → /img/missing.png: HTTP 404',
      '/ → /missing-script.js: HTTP 404',
      '/ → /missing/: HTTP 404',
    ]);
  });

  test('links under another base path', async () => {
    const problems = await checkLinks('tests/fixtures/site', { base: '/explorer/' });
    // Absolute links written for `/` fall outside `/explorer/`; relative ones still resolve.
    expect(problems).toContain('/explorer/ → /good/: HTTP 404');
    expect(problems).not.toContain(expect.stringMatching(/→ \/explorer\/good\//));
  });
});
