/**
 * Internal link checker for the built site: every `href` and `src` in every HTML file of dist/
 * that points inside the site must reach a file, and every `#fragment` an element of the page it
 * points at.
 *
 *   node scripts/check-links.ts [dist] [base]
 *
 * Self-contained on purpose (no project imports, erasable TypeScript only) so that Node runs it
 * as it is.
 *
 * Why not a library: linkinator 8.1 (the maintained checker with `checkFragments`) was tried on
 * tests/fixtures/html-site. It finds missing pages, files and fragments, but skips a link with a
 * scheme it does not know (a `norm:` mention the Markdown plugin left unresolved, which this
 * reports), does not check a fragment on a stylesheet link, and serves the folder at `/` only, so
 * the `/explorer/` build would still need our server. Kept until those are covered.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Options of `checkLinks`. */
export interface CheckLinksOptions {
  /** The site's base path (astro.config.ts `base`): internal absolute links start with it. */
  base?: string;
}

/** What one HTML file links to and which fragment targets it has. */
interface ParsedPage {
  links: string[];
  anchors: Set<string>;
}

/** Schemes that leave the site; they are not checked. */
const EXTERNAL = /^(https?:|mailto:|tel:|data:)/i;
/** Any other scheme (such as an unresolved `norm:` mention) is a broken link. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The attributes of one start tag, names lower-cased, values decoded. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  // Skip the tag name itself.
  const body = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(pattern)) {
    const [, name = '', double, single, bare] = match;
    const key = name.toLowerCase();
    if (!found.has(key)) found.set(key, decodeEntities(double ?? single ?? bare ?? ''));
  }
  return found;
}

/** The links (`href`, `src`) and the fragment targets (`id`, `<a name>`) of an HTML document. */
export function parseHtml(html: string): ParsedPage {
  // Text inside comments, scripts and styles is not markup.
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const links: string[] = [];
  const anchors = new Set<string>();
  for (const [tag] of markup.matchAll(/<[a-z][^\s/>]*(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>/gi)) {
    const name = /^<([^\s/>]+)/.exec(tag)?.[1]?.toLowerCase();
    const attrs = attributes(tag);
    for (const attr of ['href', 'src']) {
      const value = attrs.get(attr);
      if (value !== undefined) links.push(value.trim());
    }
    const id = attrs.get('id');
    if (id) anchors.add(id);
    const anchorName = attrs.get('name');
    if (name === 'a' && anchorName) anchors.add(anchorName);
  }
  return { links, anchors };
}

async function htmlFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await htmlFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(path);
  }
  return files.sort();
}

/** The URL path a file of dist/ is served at: `norms/x/index.html` → `<base>norms/x/`. */
function servedAt(distDir: string, file: string, base: string): string {
  const path = relative(distDir, file).split(sep).join('/');
  return `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Checks every internal link of the site built in `distDir`. Returns one line per problem,
 * `"<page> → <href>: <reason>"`, where `<page>` is the file's path inside `distDir`.
 */
export async function checkLinks(distDir: string, options: CheckLinksOptions = {}): Promise<string[]> {
  const base = options.base ?? '/';
  const files = await htmlFiles(distDir);
  const parsed = new Map<string, ParsedPage>();
  const parse = async (file: string): Promise<ParsedPage> => {
    let page = parsed.get(file);
    if (!page) {
      page = parseHtml(await readFile(file, 'utf8'));
      parsed.set(file, page);
    }
    return page;
  };
  const kindOf = async (path: string): Promise<'file' | 'directory' | undefined> => {
    const info = await stat(path).catch(() => undefined);
    return info?.isFile() ? 'file' : info?.isDirectory() ? 'directory' : undefined;
  };

  const problems: string[] = [];
  for (const file of files) {
    const page = relative(distDir, file).split(sep).join('/');
    const here = new URL(servedAt(distDir, file, base), 'http://site.invalid');
    const { links } = await parse(file);
    for (const href of new Set(links)) {
      const problem = (reason: string) => problems.push(`${page} → ${href}: ${reason}`);
      if (href === '' || href === '#' || EXTERNAL.test(href) || href.startsWith('//')) continue;
      if (SCHEME.test(href)) {
        problem('not a web link (unknown scheme)');
        continue;
      }
      const url = new URL(href, here);
      if (url.origin !== here.origin) continue;
      let pathname: string;
      let fragment: string;
      try {
        pathname = decodeURIComponent(url.pathname);
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        problem('malformed percent-encoding');
        continue;
      }
      if (!pathname.startsWith(base)) {
        problem(`outside the site's base ${base}`);
        continue;
      }
      // A directory is served as its index.html, with or without the trailing slash.
      let target = join(distDir, pathname.slice(base.length));
      if (pathname.endsWith('/') || (await kindOf(target)) === 'directory')
        target = join(target, 'index.html');
      if ((await kindOf(target)) !== 'file') {
        problem(`no file ${relative(distDir, target).split(sep).join('/')}`);
        continue;
      }
      // `#top` needs no element: browsers scroll to the top of the page.
      if (fragment === '' || fragment.toLowerCase() === 'top') continue;
      if (!target.endsWith('.html')) {
        problem('a fragment on a file that is not a page');
        continue;
      }
      if (!(await parse(target)).anchors.has(fragment)) {
        const where = target === file ? 'this page' : relative(distDir, target).split(sep).join('/');
        problem(`no element with id "${fragment}" on ${where}`);
      }
    }
  }
  return problems;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  const [distDir = 'dist', base = '/'] = process.argv.slice(2);
  const problems = await checkLinks(distDir, { base });
  for (const problem of problems) console.error(problem);
  console.log(`check-links: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${distDir}`);
  if (problems.length > 0) process.exitCode = 1;
}
