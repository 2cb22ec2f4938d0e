// Our own on purpose, for now: the tests pin what a host like Netlify answers (the headers of
// dist/_headers, `text/javascript; charset=utf-8`, `application/octet-stream` for Pagefind's
// files, a 301 from a folder without its slash, the 404 page). sirv 3 or serve-static 2 would
// serve the files, but not yet checked to give those answers; until then, this stays.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** A running static server: its origin with a trailing slash, and how to stop it. */
export interface StaticServer {
  /** The site's root: `http://127.0.0.1:<port>/` plus the base path. */
  url: string;
  close(): Promise<void>;
}

/** Content types by file extension; anything else (Pagefind's `.pf_*` files included) is binary. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The content type of a file; Pagefind's index files (`.pf_meta`, `.pf_index`, …) are binary. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** One block of a `_headers` file: a path pattern (`/*`, `/_astro/*`) and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: an unindented line is a path
 * pattern (`*` matches anything), the indented `Name: value` lines under it are its headers.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0)
      throw new Error(`_headers: "${line.trim()}" is not under a path or not Name: value`);
    rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers every matching rule adds for a path of the published folder (`/norms/x/`). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** Answers 404 with the folder's 404 page, and the headers `_headers` gives that page. */
async function notFound(root: string, rules: HeaderRule[], response: ServerResponse): Promise<void> {
  const page = join(root, '404.html');
  if (await isFile(page)) {
    response.writeHead(404, { ...headersFor(rules, '/404.html'), 'content-type': CONTENT_TYPES['.html'] });
    createReadStream(page).pipe(response);
  } else {
    response.writeHead(404, { 'content-type': CONTENT_TYPES['.txt'] }).end('Not found\n');
  }
}

async function handle(
  root: string,
  base: string,
  rules: HeaderRule[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  // The site is built for its base (`/` or `/explorer/`); dist/ holds what lies under it.
  if (!pathname.startsWith(base)) return notFound(root, rules, response);
  let file = resolve(root, `./${pathname.slice(base.length)}`);
  // Never serve anything outside the root (`/../` is normalised away by URL, but `%2e%2e` is not).
  if (file !== root && !file.startsWith(root + sep)) return notFound(root, rules, response);
  if (await isDirectory(file)) {
    // A static host redirects `/norms` to `/norms/` so that relative links resolve against it.
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  if (!(await isFile(file)) || file === join(root, '_headers')) return notFound(root, rules, response);
  response.writeHead(200, {
    ...headersFor(rules, `/${pathname.slice(base.length)}`),
    'content-type': contentType(file),
    'cache-control': 'no-store',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/**
 * Serves a folder (the built site) on 127.0.0.1 at a free port, under the site's base path: files
 * as they are, `index.html` for a directory, the folder's `404.html` (or a plain 404) otherwise;
 * with the headers its `_headers` file gives (the Content-Security-Policy among them), as
 * Netlify would, so that browser tests run under the header policy as well as the meta one.
 */
export async function startStaticServer(folder: string, base = '/'): Promise<StaticServer> {
  const root = resolve(folder);
  if (!(await isDirectory(root))) throw new Error(`${root} does not exist (run npm run build first)`);
  const headersText = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const rules = parseHeadersFile(headersText);
  const server = createServer((request, response) => {
    handle(root, base, rules, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // The browser keeps connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
