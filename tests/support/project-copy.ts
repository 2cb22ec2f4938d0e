import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT_FILES = ['src', 'content', 'astro.config.ts', 'tsconfig.json', 'package.json'];

/** A throw-away copy of the project (node_modules linked), for builds on broken content. */
export interface ProjectCopy {
  /** The copy's root. */
  root: string;
  /** Runs `astro build` in the copy; returns its exit code and everything it printed. */
  build(): { status: number | null; output: string };
  /** Deletes the copy. */
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'explorer-'));
  for (const file of PROJECT_FILES) cpSync(file, join(root, file), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    build() {
      // process.execPath is the project's pinned Node: npm scripts run on it.
      const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
