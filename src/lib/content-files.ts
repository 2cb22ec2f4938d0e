import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';

/** The file types content is written in. */
export type ContentExtension = 'yaml' | 'md';

/** A content file's path inside its collection folder, POSIX-style (`demo/intro.md`). */
export function listContentFiles(folder: string, extension: ContentExtension): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(`.${extension}`))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/**
 * The id Astro's glob loader gives a file: each path segment slugged (lower-cased, spaces to
 * dashes), the extension dropped. Two files can therefore share an id (`A.yaml`, `a.yaml`).
 */
export function entryId(file: string): string {
  return file
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/**
 * Files of one collection that would get the same id. Astro keeps one of them silently when
 * their contents are equal, so this check runs before the loader.
 */
export function findDuplicateIds(folder: string, files: string[]): string[] {
  const byId = new Map<string, string[]>();
  for (const file of files) byId.set(entryId(file), [...(byId.get(entryId(file)) ?? []), file]);
  return [...byId.entries()]
    .filter(([, claimants]) => claimants.length > 1)
    .map(
      ([id, claimants]) =>
        `${claimants.map((file) => join(folder, file)).join(' and ')} → id: both files have the id "${id}"`,
    );
}
