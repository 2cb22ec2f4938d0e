import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The .ts and .astro files under a folder, recursively. */
export function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => join(root, file));
}

/**
 * Every quoted string in the sources that is one of `keys`. Keys are only ever written whole, as
 * literals (dynamic families live in i18n/keys.ts as typed maps), so a literal is a use.
 */
export function usedKeys(files: readonly string[], keys: readonly string[]): Set<string> {
  const known = new Set(keys);
  const used = new Set<string>();
  for (const file of files)
    for (const [, literal] of readFileSync(file, 'utf8').matchAll(/['"`]([\w.-]+)['"`]/g))
      if (literal !== undefined && known.has(literal)) used.add(literal);
  return used;
}

/** A key spelled with an interpolation (`nav.${c}`): a use the literal scan cannot see. */
export function dynamicKeyTemplates(files: readonly string[], keys: readonly string[]): string[] {
  const prefixes = new Set(keys.map((key) => key.slice(0, key.lastIndexOf('.') + 1)));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/`([a-z][\w.-]*\.)\$\{/g)]
      .filter(([, prefix]) => prefix !== undefined && prefixes.has(prefix))
      .map(([template]) => `${file}: ${template}`),
  );
}
