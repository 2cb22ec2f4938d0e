/**
 * Runs the project's quality gates, npm scripts named in order on the command line, one after
 * another, and stops at the first that fails: a banner before each, then a table of every gate
 * with its status and duration, and a closing line `gates: N passed, N failed[, N skipped]` that CI
 * reads. Exits 1 when a gate fails; a name that is no npm script of package.json runs nothing.
 *
 * Gates joined by `+` run at the same time, for gates that do not keep both cores of our machines
 * busy for long (type checking, linting). Their output is held and printed, with each one's
 * banner, when it ends, so that the log reads gate by gate.
 *
 *   node scripts/run-gates.ts check+lint build ...   (package.json "test")
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

/**
 * Runs `npm run <gate>`; resolves with whether it exited 0. Its output goes to the terminal as it
 * comes, or, when `held`, into that list, to be printed when it ends.
 */
function runGate(gate: string, held?: Buffer[]): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', gate], { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    child.stdout?.on('data', (chunk: Buffer) => held?.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held?.push(chunk));
    child.on('error', (error) => {
      console.error(`run-gates: could not start npm run ${gate}: ${error.message}`);
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
}

/** Runs one gate, or a `+` group of them at once, and records how each ended and took. */
async function runStep(step: string[], first: number, total: number): Promise<GateResult[]> {
  const banner = (gate: string, offset: number) => `\n━━━ gate ${first + offset}/${total}: ${gate} ━━━`;
  const [only] = step;
  if (step.length === 1 && only !== undefined) {
    console.log(banner(only, 0));
    const start = performance.now();
    const passed = await runGate(only);
    return [{ gate: only, status: passed ? 'passed' : 'failed', milliseconds: performance.now() - start }];
  }
  return Promise.all(
    step.map(async (gate, offset): Promise<GateResult> => {
      const held: Buffer[] = [];
      const start = performance.now();
      const passed = await runGate(gate, held);
      const milliseconds = performance.now() - start;
      console.log(banner(gate, offset));
      process.stdout.write(Buffer.concat(held));
      return { gate, status: passed ? 'passed' : 'failed', milliseconds };
    }),
  );
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

/**
 * The summary table, one line per gate: names and statuses padded, times aligned right. The total
 * is the time the whole run took, less than the sum when gates ran at once.
 */
function table(results: GateResult[], milliseconds: number): string[] {
  const rows = [
    ['gate', 'status', 'time'],
    ...results.map(({ gate, status, milliseconds }) => [
      gate,
      status === 'failed' ? 'FAILED' : status,
      milliseconds === undefined ? '' : seconds(milliseconds),
    ]),
    ['total', '', seconds(milliseconds)],
  ];
  const [gateWidth = 0, statusWidth = 0, timeWidth = 0] = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows.map(([gate = '', status = '', time = '']) =>
    `${gate.padEnd(gateWidth)}  ${status.padEnd(statusWidth)}  ${time === '' ? '' : time.padStart(timeWidth)}`.trimEnd(),
  );
}

const steps = process.argv.slice(2).map((argument) => argument.split('+'));
const gates = steps.flat();
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
const started = performance.now();
for (const step of steps) {
  if (results.some((result) => result.status === 'failed'))
    results.push(...step.map((gate): GateResult => ({ gate, status: 'not run' })));
  else results.push(...(await runStep(step, results.length + 1, gates.length)));
}
const failed = results.some((result) => result.status === 'failed');

const count = (status: Status) => results.filter((result) => result.status === status).length;
const skipped = count('not run');
console.log(`\n━━━ summary ━━━`);
for (const line of table(results, performance.now() - started)) console.log(line);
console.log(
  `gates: ${count('passed')} passed, ${count('failed')} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
if (failed) process.exitCode = 1;
