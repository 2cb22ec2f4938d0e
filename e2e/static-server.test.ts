import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from './lib/static-server';

let folder = '';
let server: StaticServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(folder, 'norms', 'x'), { recursive: true });
  mkdirSync(join(folder, 'pagefind'));
  writeFileSync(join(folder, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(folder, 'norms', 'x', 'index.html'), '<h1>x</h1>');
  writeFileSync(join(folder, 'pagefind', 'wasm.ru.pagefind'), 'wasm');
  writeFileSync(join(folder, 'pagefind', 'pagefind.js'), 'export {}');
  writeFileSync(join(folder, 'pagefind', 'pagefind-entry.json'), '{}');
  writeFileSync(join(folder, 'pagefind', 'x.pf_meta'), 'meta');
  writeFileSync(join(folder, 'pagefind', 'y.wasm'), 'wasm');
  writeFileSync(join(folder, 'icon.svg'), '<svg/>');
  writeFileSync(join(folder, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(folder, '_headers'), '/*\n  X-Every-File: yes\n/pagefind/*\n  X-Search-Only: yes\n');
  server = await startStaticServer(folder);
});

afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

describe('the static server', () => {
  test('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('serves index.html for a directory', async () => {
    const response = await get('norms/x/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>x</h1>');
  });

  test('redirects a directory without its slash, as static hosts do', async () => {
    const response = await get('norms/x');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/norms/x/');
  });

  test.each([
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['pagefind/y.wasm', 'application/wasm'],
    ['pagefind/x.pf_meta', 'application/octet-stream'],
    ['pagefind/wasm.ru.pagefind', 'application/octet-stream'],
    ['icon.svg', 'image/svg+xml'],
  ])('%s is served as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  test('answers 404 with the site’s 404 page for anything else', async () => {
    const response = await get('no/such/page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not found</h1>');
  });

  test('adds the headers its _headers file gives, by path, and never serves that file', async () => {
    const page = await get('norms/x/');
    expect(page.headers.get('x-every-file')).toBe('yes');
    expect(page.headers.get('x-search-only')).toBeNull();
    expect((await get('pagefind/pagefind.js')).headers.get('x-search-only')).toBe('yes');
    expect((await get('_headers')).status).toBe(404);
    expect((await get('no/such/page/')).headers.get('x-every-file')).toBe('yes');
  });

  test('never serves a file outside its folder', async () => {
    const response = await get('%2e%2e/%2e%2e/etc/passwd');
    expect(response.status).toBe(404);
  });
});
