/**
 * Runs the project's quality gates, npm scripts named in order on the command line, one after
 * another, and stops at the first that fails: a banner before each, then a table of every gate
 * with its status and duration, and a closing line `gates: N passed, N failed[, N skipped]` that CI
 * reads. Exits 1 when a gate fails; a name that is no npm script of package.json runs nothing.
 *
 *   node scripts/run-gates.ts check lint build ...   (package.json "test")
 *
 * Self-contained on purpose (no project imports, erasable TypeScript only) so that Node runs it
 * as it is.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** How a gate ended: gates after a failed one are not run. */
type Status = 'passed' | 'failed' | 'not run';

/** One row of the summary. */
interface GateResult {
  gate: string;
  status: Status;
  /** How long it ran; none for a gate that did not run. */
  milliseconds?: number;
}

/** Runs `npm run <gate>` with the terminal's output; resolves with whether it exited 0. */
function runGate(gate: string): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', gate], { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`run-gates: could not start npm run ${gate}: ${error.message}`);
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

/** The summary table, one line per gate: names and statuses padded, times aligned right. */
function table(results: GateResult[]): string[] {
  const rows = [
    ['gate', 'status', 'time'],
    ...results.map(({ gate, status, milliseconds }) => [
      gate,
      status === 'failed' ? 'FAILED' : status,
      milliseconds === undefined ? '' : seconds(milliseconds),
    ]),
    ['total', '', seconds(results.reduce((sum, { milliseconds = 0 }) => sum + milliseconds, 0))],
  ];
  const [gateWidth = 0, statusWidth = 0, timeWidth = 0] = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows.map(([gate = '', status = '', time = '']) =>
    `${gate.padEnd(gateWidth)}  ${status.padEnd(statusWidth)}  ${time === '' ? '' : time.padStart(timeWidth)}`.trimEnd(),
  );
}

const gates = process.argv.slice(2);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> })
  .scripts;
const unknown = gates.filter((gate) => scripts?.[gate] === undefined);
if (gates.length === 0 || unknown.length > 0) {
  console.error(
    gates.length === 0
      ? 'run-gates: name the npm scripts to run, in order'
      : `run-gates: no npm script ${unknown.map((gate) => `"${gate}"`).join(', ')} in package.json; nothing was run`,
  );
  process.exit(2);
}

const results: GateResult[] = [];
let failed = false;
for (const [index, gate] of gates.entries()) {
  if (failed) {
    results.push({ gate, status: 'not run' });
    continue;
  }
  console.log(`\n━━━ gate ${index + 1}/${gates.length}: ${gate} ━━━`);
  const start = performance.now();
  const passed = await runGate(gate);
  results.push({ gate, status: passed ? 'passed' : 'failed', milliseconds: performance.now() - start });
  failed = !passed;
}

const count = (status: Status) => results.filter((result) => result.status === status).length;
const skipped = count('not run');
console.log(`\n━━━ summary ━━━`);
for (const line of table(results)) console.log(line);
console.log(
  `gates: ${count('passed')} passed, ${count('failed')} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
if (failed) process.exitCode = 1;
