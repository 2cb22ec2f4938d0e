import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateHtml } from '../../scripts/validate-html';

// The built site itself is validated by `npm run validate:html`, a gate of its own in `npm test`.
const FIXTURE = 'tests/fixtures/html-site';

describe('validateHtml (on tests/fixtures/html-site)', { timeout: 60_000 }, () => {
  test('reports every error and warning of the broken page, with page, line and column', async () => {
    const { pages, problems } = await validateHtml(FIXTURE);
    // index.html is valid and notes.txt, not being a page, is never checked.
    expect(pages).toBe(2);
    expect(problems).toEqual([
      expect.stringMatching(/^broken\/index\.html:10:7: error: Duplicate ID “same”\. \[.*<p id="same">/),
      expect.stringMatching(
        /^broken\/index\.html:9:7: warning: The first occurrence of ID “same” was here\./,
      ),
      expect.stringMatching(/^broken\/index\.html:11:10: error: Bad value “\/a page\/” for attribute “href”/),
      expect.stringMatching(
        /^broken\/index\.html:12:7: error: An “img” element must have an “alt” attribute/,
      ),
      expect.stringMatching(
        /^broken\/index\.html:14:9: error: Element “p” not allowed as child of element “ul”/,
      ),
      expect.stringMatching(/^broken\/index\.html:16:7: warning: Section lacks heading\./),
    ]);
  });

  test('a folder without pages is a problem, not a pass', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'validate-html-'));
    try {
      expect((await validateHtml(empty)).problems).toEqual([`${empty}: no HTML pages to validate`]);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });

  test('the command fails and says why', () => {
    // process.execPath is the project's pinned Node, which runs the script's TypeScript as it is.
    const run = spawnSync(process.execPath, ['scripts/validate-html.ts', FIXTURE], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'broken/index.html:12:7: error: An “img” element must have an “alt” attribute',
    );
    expect(run.stdout).toContain(`validate-html: 6 problems in 2 pages of ${FIXTURE}`);
  });
});
