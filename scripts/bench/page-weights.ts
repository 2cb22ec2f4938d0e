import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageType } from '../../src/lib/page-type';
import { filesUnder } from './site-build';

/** A size as stored and as sent gzipped. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What one built page weighs: its HTML, and the CSS and JS it loads before anyone interacts. */
export interface PageWeight {
  /** The page's site path, base-less (`kk/norms/x/`; `''` for the home page). */
  path: string;
  /** Its type, the same in every UI language (see `pageType` in src/lib/page-type.ts). */
  type: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

const sizes = (text: string | Buffer): Bytes => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text).length,
});
const sum = (parts: Bytes[]): Bytes => ({
  raw: parts.reduce((total, part) => total + part.raw, 0),
  gzip: parts.reduce((total, part) => total + part.gzip, 0),
});

/** Attribute `name` of a tag's source text, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Script types that are data, not code (JSON-LD, JSON islands). */
const isData = (type: string | undefined) => type !== undefined && /json/i.test(type);

/**
 * A JavaScript file and everything it imports statically, each once. Dynamic `import()` is left
 * out on purpose: that is code loaded only when used (Pagefind on the search page).
 */
function scriptClosure(root: string, file: string, seen: Set<string>): Bytes[] {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const imported = [...text.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)].map(
    (match) => match[1] ?? '',
  );
  return [
    sizes(text),
    ...imported.flatMap((specifier) => scriptClosure(root, resolveAsset(root, file, specifier), seen)),
  ];
}

/** A URL in a page or script (site-absolute or relative) as a file in the build. */
function resolveAsset(root: string, from: string, url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? join(root, path) : join(dirname(from), path);
}

/** The weight of one built page (`file` relative to `root`), its assets read from the build. */
export function pageWeight(root: string, file: string): PageWeight {
  const html = readFileSync(join(root, file), 'utf8');
  const page = join(root, file);
  const css: Bytes[] = [];
  const js: Bytes[] = [];
  const seenStyles = new Set<string>();
  const seenScripts = new Set<string>();
  for (const [, inline = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css.push(sizes(inline));
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (!/\bstylesheet\b/i.test(attribute(tag, 'rel') ?? '') || href === undefined) continue;
    const asset = resolveAsset(root, page, href);
    if (seenStyles.has(asset) || !existsSync(asset)) continue;
    seenStyles.add(asset);
    css.push(sizes(readFileSync(asset)));
  }
  for (const [, open = '', inline = ''] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    if (isData(attribute(open, 'type'))) continue;
    const src = attribute(open, 'src');
    if (src === undefined) js.push(sizes(inline));
    else js.push(...scriptClosure(root, resolveAsset(root, page, src), seenScripts));
  }
  const path = posix.dirname(file.split('\\').join('/'));
  const sitePath = file.endsWith('index.html') ? (path === '.' ? '' : `${path}/`) : file;
  return { path: sitePath, type: pageType(sitePath), html: sizes(html), css: sum(css), js: sum(js) };
}

/** The weight of every HTML page in a build, in path order (Pagefind's own files left out). */
export function pageWeights(root: string): PageWeight[] {
  return filesUnder(root)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort()
    .map((file) => pageWeight(root, file));
}
