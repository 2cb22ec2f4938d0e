/**
 * W3C HTML validation of the built site: the Nu Html Checker (`vnu.jar`, shipped by the `vnu-jar`
 * npm package) checks every HTML file of dist/ in one Java run; each error and each warning is
 * reported with its page, line, column and message.
 *
 *   node scripts/validate-html.ts [dist]
 *
 * Warnings fail like errors, as in the project's other gates (astro check, ESLint: zero warnings).
 * Needs Java 11 or later on PATH (Debian's default-jre-headless; `.ci/run` installs it where
 * missing). The package's own fallback, downloading a Java runtime, is never used: package.json
 * `allowScripts` denies its install script (which skips the download anyway when Java is on PATH),
 * and this script runs the jar with the system Java rather than through the package's launcher.
 *
 * Self-contained on purpose (no project imports, erasable TypeScript only) so that Node runs it
 * as it is.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One message of the checker's `--format json` output. */
interface CheckerMessage {
  /** `error`, `info` (a warning when `subType` is `warning`) or `non-document-error` (I/O and the like). */
  type: string;
  /** `warning` or `fatal`, for some messages. */
  subType?: string;
  /** The checked file, as a `file:` URL. */
  url?: string;
  /** The line the problem ends on (1-based). */
  lastLine?: number;
  /** The column the problem starts on, when the checker knows it. */
  firstColumn?: number;
  /** The column the problem ends on. */
  lastColumn?: number;
  /** What is wrong, in the checker's words. */
  message: string;
  /** The markup around the problem. */
  extract?: string;
}

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Messages the checker gets wrong on files read from disk: it applies the pages' CSP meta to a
 * `file:` URL, where `'self'` matches nothing (so every stylesheet and script of the site is
 * "blocked"), and it treats JSON-LD data blocks as inline scripts. The policy itself is proven in
 * a browser serving the site over HTTP (e2e/content-security-policy.test.ts).
 */
const FILTERED = '.*violates Content Security Policy.*';

/** Runs the checker over `folder`'s HTML files; resolves with its JSON report's messages. */
function runChecker(folder: string): Promise<CheckerMessage[]> {
  const args = [
    '-jar',
    VNU_JAR,
    '--skip-non-html',
    '--filterpattern',
    FILTERED,
    '--format',
    'json',
    '--stdout',
    folder,
  ];
  return new Promise((done, fail) => {
    const java = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    java.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    java.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    java.on('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT'
          ? new Error('java was not found on PATH: the Nu Html Checker needs Java 11 or later')
          : error,
      ),
    );
    // The checker exits 1 when it reports errors: the report, not the exit code, tells what failed.
    java.on('close', (code) => {
      try {
        done((JSON.parse(stdout) as { messages: CheckerMessage[] }).messages);
      } catch {
        fail(new Error(`the Nu Html Checker exited with ${code} without a report:\n${stderr}${stdout}`));
      }
    });
  });
}

/** The file a message is about, as its path inside `root` (or `root` itself), and where in it. */
function locate(root: string, message: CheckerMessage): { file: string; position: string } {
  const file = message.url ? relative(root, fileURLToPath(message.url)).split(sep).join('/') : root;
  const column = message.firstColumn ?? message.lastColumn ?? 1;
  return { file, position: message.lastLine === undefined ? '' : `:${message.lastLine}:${column}` };
}

/** The severity a message fails with, or `undefined` for plain information. */
function severity(message: CheckerMessage): string | undefined {
  if (message.type === 'error') return 'error';
  if (message.type === 'info') return message.subType === 'warning' ? 'warning' : undefined;
  return message.type;
}

/**
 * Validates every HTML page of the site built in `distDir`. Returns how many pages there are and
 * one line per error or warning, `"<page>:<line>:<column>: <severity>: <message> [<extract>]"`;
 * a folder without pages is a problem too (nothing to validate means nothing was built).
 */
export async function validateHtml(distDir: string): Promise<{ pages: number; problems: string[] }> {
  const entries = await readdir(distDir, { recursive: true, encoding: 'utf8' });
  const pages = entries.filter((entry) => entry.endsWith('.html')).length;
  if (pages === 0) return { pages, problems: [`${distDir}: no HTML pages to validate`] };
  const root = resolve(distDir);
  const problems: { file: string; line: string }[] = [];
  for (const message of await runChecker(root)) {
    const level = severity(message);
    if (level === undefined) continue;
    const { file, position } = locate(root, message);
    const extract = message.extract ? ` [${message.extract.replace(/\s+/g, ' ').trim()}]` : '';
    problems.push({ file, line: `${file}${position}: ${level}: ${message.message}${extract}` });
  }
  // The order the checker reports files in is not promised: pages in path order, each page's
  // messages in the checker's order (document order).
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { pages, problems: problems.map(({ line }) => line) };
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  const [distDir = 'dist'] = process.argv.slice(2);
  const { pages, problems } = await validateHtml(distDir);
  for (const problem of problems) console.error(problem);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  console.log(`validate-html: ${count} in ${pages} page${pages === 1 ? '' : 's'} of ${distDir}`);
  if (problems.length > 0) process.exitCode = 1;
}
