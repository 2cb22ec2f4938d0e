import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy';

/**
 * Broken content stops the build with a message that names the file, the field and the reason.
 * Each case breaks one file in a fresh copy of the project and runs a real `astro build`: what the
 * schemas and the loader refuse (one case of each way a schema refuses: a wrong value, a missing
 * field), and one of the graph's checks to show that its problems stop the build too. Each schema
 * rule (a home page as a source, a status without its check date…) is tested without a build in
 * tests/schemas/, and the graph's other checks (unknown mentions, footnotes no source prints,
 * quotes not verbatim…) on fixtures in tests/lib/graph/.
 */
let project: ProjectCopy | undefined;
afterEach(() => project?.remove());

function buildWith(edit: (root: string) => void) {
  project = copyProject();
  edit(project.root);
  return project.build();
}

function replaceIn(root: string, file: string, from: string | RegExp, to: string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`test setup: ${String(from)} not found in ${file}`);
  writeFileSync(path, after);
}

const STATISTIC = 'content/statistics/arrivals-2022.yaml';
const NORM = 'content/norms/kz-law-migration-2011.yaml';

describe('the build stops on bad content', { timeout: 60_000 }, () => {
  test('a malformed date', () => {
    const { status, output } = buildWith((root) =>
      replaceIn(root, NORM, /adopted: "?2011-07-22"?/, 'adopted: "2011-22-07"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/norms/kz-law-migration-2011.yaml');
    expect(output).toContain('official.adopted');
    expect(output).toContain('must be an ISO 8601 date');
  });

  test('a missing required field', () => {
    const { status, output } = buildWith((root) => replaceIn(root, STATISTIC, /^unit: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/statistics/arrivals-2022.yaml');
    expect(output).toMatch(/\bunit\b.*(Invalid|expected)/i);
  });

  test('an unknown id in a reference', () => {
    const { status, output } = buildWith((root) =>
      replaceIn(root, STATISTIC, /^article: .*$/m, 'article: no-such-article'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/statistics/arrivals-2022.yaml → article: unknown articles id "no-such-article"',
    );
  });

  test('a duplicate id', () => {
    const { status, output } = buildWith((root) =>
      // The loader derives ids from file names, case-folded: both files claim the id.
      copyFileSync(join(root, NORM), join(root, 'content/norms/KZ-Law-Migration-2011.yaml')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/norms/KZ-Law-Migration-2011.yaml and content/norms/kz-law-migration-2011.yaml → id: both files have the id "kz-law-migration-2011"',
    );
  });

  test('malformed YAML', () => {
    const { status, output } = buildWith((root) =>
      appendFileSync(join(root, STATISTIC), 'value: [unclosed\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('arrivals-2022.yaml');
  });
});
