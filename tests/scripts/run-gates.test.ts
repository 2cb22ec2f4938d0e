import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// A throw-away project whose npm scripts pass, fail, or leave a mark when they run.
const project = mkdtempSync(join(tmpdir(), 'run-gates-'));
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify({
    name: 'gates-fixture',
    private: true,
    scripts: {
      first: 'node -e "console.log(\'first ran\')"',
      second: 'node -e "console.log(\'second ran\')"',
      broken: 'node -e "process.exit(3)"',
      later: 'node -e "console.log(\'later ran\')"',
    },
  }),
);
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs scripts/run-gates.ts in the fixture project with the given gates. */
function runGates(...gates: string[]) {
  // process.execPath is the project's pinned Node, which runs the script's TypeScript as it is.
  const run = spawnSync(process.execPath, [resolve('scripts/run-gates.ts'), ...gates], {
    cwd: project,
    encoding: 'utf8',
  });
  const lines = run.stdout.trimEnd().split('\n');
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lastLine: lines.at(-1) };
}

describe('scripts/run-gates.ts', { timeout: 60_000 }, () => {
  test('runs every gate in order and ends with the line CI reads', () => {
    const run = runGates('first', 'second');
    expect(run.status).toBe(0);
    expect(run.stdout.indexOf('━━━ gate 1/2: first ━━━')).toBeLessThan(run.stdout.indexOf('first ran'));
    expect(run.stdout.indexOf('first ran')).toBeLessThan(run.stdout.indexOf('━━━ gate 2/2: second ━━━'));
    expect(run.stdout).toContain('second ran');
    expect(run.stdout).toMatch(/^first +passed +\d+\.\d s$/m);
    expect(run.lastLine).toBe('gates: 2 passed, 0 failed');
  });

  test('stops at the first failure, exits 1 and shows what did not run', () => {
    const run = runGates('first', 'broken', 'later');
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('later ran');
    expect(run.stdout).toMatch(/^broken +FAILED +\d+\.\d s$/m);
    expect(run.stdout).toMatch(/^later +not run$/m);
    expect(run.lastLine).toBe('gates: 1 passed, 1 failed, 1 skipped');
  });

  test('a gate that is no npm script stops everything before it starts', () => {
    const run = runGates('first', 'no-such-gate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no npm script "no-such-gate" in package.json; nothing was run');
    expect(run.stdout).not.toContain('first ran');
  });
});
