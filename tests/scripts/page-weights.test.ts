import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { pageWeight, pageWeights } from '../../scripts/bench/page-weights';

describe('pageWeight', () => {
  const root = mkdtempSync(join(tmpdir(), 'weights-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const css = 'body{margin:0}'.repeat(20);
  const entry = 'import{a as b}from"./chunk.js";import("/pagefind/pagefind.js");b();';
  const chunk = 'export const a=()=>1;';
  write('_astro/site.css', css);
  write('_astro/entry.js', entry);
  write('_astro/chunk.js', chunk);
  write('pagefind/pagefind.js', 'x'.repeat(5000));
  const html =
    '<html><head><link rel="stylesheet" href="/_astro/site.css"><style>p{color:red}</style>' +
    '<script type="application/ld+json">{"@type":"Legislation"}</script></head>' +
    '<body><script type="module" src="/_astro/entry.js"></script><script type="module">let x=1</script></body></html>';
  write('norms/x/index.html', html);
  const size = (text: string) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });

  test('counts linked and inline CSS, and scripts with their static imports but not JSON-LD or import()', () => {
    const weight = pageWeight(root, 'norms/x/index.html');
    expect(weight.path).toBe('norms/x/');
    expect(weight.type).toBe('norms');
    expect(weight.html).toEqual(size(html));
    expect(weight.css.raw).toBe(css.length + 'p{color:red}'.length);
    expect(weight.css.gzip).toBe(size(css).gzip + size('p{color:red}').gzip);
    expect(weight.js.raw).toBe(entry.length + chunk.length + 'let x=1'.length);
  });

  test('weighs every HTML page of a build, Pagefind left out', () => {
    write('pagefind/index.html', '<html></html>');
    write('index.html', '<html><body></body></html>');
    expect(pageWeights(root).map((p) => p.path)).toEqual(['', 'norms/x/']);
  });
});
