import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LANG, UI_LANGS } from '../../src/i18n';
import { pageType } from '../../src/lib/page-type';

/**
 * Every page of the built site as a site path without the base (`''`, `norms/`, `norms/x/`),
 * sorted: each `index.html` under `dist`, Pagefind's own files aside.
 */
export function builtPages(dist: string): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist (run npm run build first)`);
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && path !== join(dist, 'pagefind')) walk(path);
      else if (entry.isFile() && entry.name === 'index.html') {
        const dir = relative(dist, folder).split(sep).join('/');
        pages.push(dir === '' ? '' : `${dir}/`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * The first of `paths` of each page type (src/lib/page-type.ts), and every collection's index,
 * since each lists its own kind of entry: one page of every kind the build has.
 */
export function onePerType(paths: string[]): string[] {
  const first = new Map<string, string>();
  for (const path of paths) {
    const type = pageType(path);
    const key = type === 'index' ? path : type;
    if (!first.has(key)) first.set(key, path);
  }
  return [...first.values()];
}

/** One page of every type (onePerType) among the built pages in the default UI language. */
export function onePerTypeInDefaultLanguage(dist: string): string[] {
  const prefixes = UI_LANGS.filter((lang) => lang !== DEFAULT_LANG).map((lang) => `${lang}/`);
  return onePerType(builtPages(dist).filter((path) => !prefixes.some((prefix) => path.startsWith(prefix))));
}
