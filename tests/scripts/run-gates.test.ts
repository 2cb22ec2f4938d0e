import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// A throw-away project whose npm scripts pass, fail, or leave a mark when they run.
const project = mkdtempSync(join(tmpdir(), 'run-gates-'));

/**
 * A script that writes the file `mine`, then waits for the file `theirs`, says it met it and
 * stays half a second more (so that two of them overlap by at least that).
 */
function meet(mine: string, theirs: string): string {
  return [
    `const fs = require('fs'); fs.writeFileSync('${mine}', '');`,
    `const until = Date.now() + 5000;`,
    `const wait = () => fs.existsSync('${theirs}') ? (console.log('${mine} met ${theirs}'), setTimeout(() => {}, 500))`,
    `: Date.now() > until ? process.exit(1) : setTimeout(wait, 20); wait();`,
  ].join(' ');
}
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
      // Each leaves its mark and passes only if it sees the other's within 5 s: run one after the
      // other, the first would fail.
      'meet-a': `node -e "${meet('a', 'b')}"`,
      'meet-b': `node -e "${meet('b', 'a')}"`,
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

  test('gates joined by + run at the same time, each printed whole after its banner', () => {
    const run = runGates('first', 'meet-a+meet-b', 'second');
    expect(run.status).toBe(0);
    const at = (text: string) => run.stdout.indexOf(text);
    expect(at('━━━ gate 2/4: meet-a ━━━')).toBeLessThan(at('a met b'));
    expect(at('━━━ gate 3/4: meet-b ━━━')).toBeLessThan(at('b met a'));
    expect(at('━━━ gate 4/4: second ━━━')).toBeGreaterThan(Math.max(at('a met b'), at('b met a')));
    expect(run.stdout).toMatch(/^meet-a +passed +\d+\.\d s$/m);
    expect(run.stdout).toMatch(/^meet-b +passed +\d+\.\d s$/m);
    // The total is the run's own time: the half second the two gates overlapped less than the sum.
    const time = (gate: string) =>
      Number(new RegExp(`^${gate} .* (\\d+\\.\\d) s$`, 'm').exec(run.stdout)?.[1]);
    expect(time('total')).toBeLessThan(
      time('meet-a') + time('meet-b') + time('first') + time('second') - 0.3,
    );
    expect(run.lastLine).toBe('gates: 4 passed, 0 failed');
  });

  test('a gate that is no npm script stops everything before it starts', () => {
    const run = runGates('first', 'no-such-gate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no npm script "no-such-gate" in package.json; nothing was run');
    expect(run.stdout).not.toContain('first ran');
  });
});
