import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../support/built-site';

/**
 * Two builds of the same commit produce a byte-identical dist/. The second build runs the same
 * `npm run build` in a copy of the working tree at another path, in another time zone and locale,
 * so that an absolute path, the clock or the machine's settings leaking into a file shows here.
 */

/** Caches a build writes under node_modules/: the copy keeps its own, so builds never share one. */
const BUILD_CACHES = new Set(['.astro', '.vite', '.cache']);

/** Copies every file git would commit (tracked or new, not ignored) into a fresh folder. */
function copyWorkingTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'explorer-reproducible-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  for (const file of listed.split('\0')) {
    // A tracked file deleted in the working tree is not part of what gets built.
    if (file === '' || !existsSync(file)) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync('node_modules')) {
    if (!BUILD_CACHES.has(entry))
      symlinkSync(resolve('node_modules', entry), join(root, 'node_modules', entry));
  }
  return root;
}

/** The sha256 of every file under `folder`, by its path inside it. */
function hashes(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const key = path
      .slice(folder.length + 1)
      .split(sep)
      .join('/');
    found.set(key, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return found;
}

/** One line per file that is not the same in both folders. */
function differences(first: Map<string, string>, second: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [file, hash] of first) {
    if (!second.has(file)) lines.push(`only in the first build: ${file}`);
    else if (second.get(file) !== hash) lines.push(`differs: ${file}`);
  }
  for (const file of second.keys()) if (!first.has(file)) lines.push(`only in the second build: ${file}`);
  return lines.sort();
}

test('a second build of the same sources is byte-identical to dist/', { timeout: 300_000 }, () => {
  const first = hashes(resolve(DIST));
  expect(first.has('index.html'), `${DIST}/ holds no site: run npm run build first`).toBe(true);
  const root = copyWorkingTree();
  try {
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        // The same commit for whatever the build asks git (a last-commit date, say).
        GIT_DIR: execFileSync('git', ['rev-parse', '--absolute-git-dir'], { encoding: 'utf8' }).trim(),
        // UTC+14, and a locale whose collation orders Latin letters its own way (Estonian puts z
        // between s and t): an order or a date taken from the machine shows as a difference.
        TZ: 'Pacific/Kiritimati',
        LC_ALL: 'et_EE.UTF-8',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(differences(first, hashes(join(root, DIST)))).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
