// Files are served by serve-static (Express's), headers are read by @netlify/headers-parser
// (Netlify's own parser, with Netlify's path matching); what is ours is the base path, the 404
// page and keeping `_headers` private. Checked against the answers static-server.test.ts pins:
// serve-static gives every pinned content type (mime-types 3: `text/javascript; charset=utf-8`,
// `application/octet-stream` for Pagefind's `.pf_*`) and the 301 to a folder's slash. sirv 3.0.2
// was tried and does not: `text/javascript` with no charset, an empty Content-Type for `.pf_*`,
// 200 with the index for `/norms/x`; serve-handler 6.1.8 sends `application/javascript`, no
// Content-Type for `.pf_*`, and a 301 from `/_headers` to `/_headers/`.
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import serveStatic from 'serve-static';

/** A running static server: its origin with a trailing slash, and how to stop it. */
export interface StaticServer {
  /** The site's root: `http://127.0.0.1:<port>/` plus the base path. */
  url: string;
  close(): Promise<void>;
}

/** The rules of a folder's `_headers` file (none without one); a malformed file is an error. */
async function readHeaderRules(root: string): Promise<Header[]> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [join(root, '_headers')],
    configHeaders: undefined,
    minimal: false,
  });
  if (errors.length > 0) throw new AggregateError(errors, `${root}/_headers`);
  return headers as Header[];
}

/** The headers every rule matching a path adds, later rules winning, as Netlify applies them. */
function headersFor(rules: Header[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => rule.forRegExp.test(path)).map((rule) => rule.values));
}

/** The path of a request's URL, percent-decoded where it can be (`/_headers`). */
function decodedPath(url: string): string {
  const { pathname } = new URL(url, 'http://127.0.0.1');
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** A request as serve-static reads it: the path inside the folder, and the URL asked for. */
type FolderRequest = IncomingMessage & { originalUrl?: string };

/**
 * Serves a folder (the built site) on 127.0.0.1 at a free port, under the site's base path: files
 * as they are, `index.html` for a directory, the folder's `404.html` (or a plain 404) otherwise;
 * with the headers its `_headers` file gives (the Content-Security-Policy among them), as
 * Netlify would, so that browser tests run under the header policy as well as the meta one.
 */
export async function startStaticServer(folder: string, base = '/'): Promise<StaticServer> {
  const root = resolve(folder);
  if (!(await stat(root).catch(() => undefined))?.isDirectory())
    throw new Error(`${root} does not exist (run npm run build first)`);
  const rules = await readHeaderRules(root);
  const serve = serveStatic<ServerResponse>(root, {
    // By the path asked for inside the folder, as `_headers` names them (the 404 page's for it).
    setHeaders: (response) => {
      for (const [name, value] of Object.entries(headersFor(rules, decodedPath(response.req.url ?? '/'))))
        response.setHeader(name, value);
    },
  });
  const notFound = (request: FolderRequest, response: ServerResponse) => {
    request.url = '/404.html';
    response.statusCode = 404;
    serve(request, response, () => response.end('Not found\n'));
  };
  const server = createServer((request: FolderRequest, response) => {
    const url = request.url ?? '/';
    // The site is built for its base (`/` or `/explorer/`); the folder holds what lies under it.
    // serve-static redirects `/norms` to `/norms/` by originalUrl, so the base stays in it.
    if (!url.startsWith(base)) return notFound(request, response);
    request.originalUrl = url;
    request.url = `/${url.slice(base.length)}`;
    // A host reads `_headers`, it does not publish it.
    if (decodedPath(request.url) === '/_headers') return notFound(request, response);
    serve(request, response, () => notFound(request, response));
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
