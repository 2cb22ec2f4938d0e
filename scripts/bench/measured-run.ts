import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one measured command did. */
export interface MeasuredRun {
  /** Wall time from spawn to exit, in milliseconds. */
  wallMs: number;
  /** The highest sum of resident memory over the command's whole process tree, in bytes. */
  peakRssBytes: number;
  /** Everything the command printed (stdout and stderr interleaved). */
  output: string;
  /** The exit code (null when killed by a signal). */
  code: number | null;
}

/** Parent pid of every running process, read from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) is in parentheses and may contain spaces: fields follow the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parentOf;
}

/** Resident memory of one process in bytes (VmRSS), or 0 once it has ended. */
function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRssBytes(root: number): number {
  const parentOf = parents();
  const tree = new Set([root]);
  // Children appear after their parents in most listings, but not always: repeat until stable.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return [...tree].reduce((sum, pid) => sum + rssBytes(pid), 0);
}

/**
 * Runs a command and measures it: wall time, and peak memory of its whole process tree (the
 * command and every process it starts), sampled from /proc every `sampleMs`. Never throws on a
 * failing command: the caller reads `code` and `output`.
 */
export function measuredRun(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; sampleMs?: number } = {},
): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakRssBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRssBytes(child.pid));
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  return new Promise((done, fail) => {
    child.once('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.once('close', (code) => {
      clearInterval(timer);
      done({ wallMs: performance.now() - started, peakRssBytes, output, code });
    });
  });
}
