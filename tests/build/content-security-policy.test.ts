import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../e2e/lib/built-pages';
import { headersFile } from '../../src/lib/security/headers-file';
import {
  contentSecurityPolicy,
  HEADER_ONLY_DIRECTIVES,
  parsePolicy,
  SECURITY_HEADERS,
} from '../../src/lib/security/policy';
import { DIST } from '../support/built-site';

/** Every HTML file of the build: each page, and the 404 page. */
const files = [...builtPages(DIST).map((page) => join(page, 'index.html')), '404.html'];
const html = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** The policies a page's `<meta http-equiv="content-security-policy">` elements state. */
function metaPolicies(page: string): string[] {
  return [...page.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((match) =>
    match[1]!.replaceAll('&#39;', "'"),
  );
}

/**
 * A policy without its hash sources. Astro also lists hashes of its bundled script files, which
 * `'self'` already allows; a page with inline code would need them, and the test below proves
 * that no page has any, so the header can do without.
 */
function withoutHashes(policy: Map<string, string[]>): Map<string, string[]> {
  return new Map([...policy].map(([name, sources]) => [name, sources.filter((s) => !/^'sha\d+-/.test(s))]));
}

const header = parsePolicy(contentSecurityPolicy());
const metaPart = new Map([...header].filter(([name]) => !HEADER_ONLY_DIRECTIVES.some(([n]) => n === name)));

describe('the Content-Security-Policy', () => {
  test('allows Pagefind: WebAssembly, its worker and its index fetches, nothing from elsewhere', () => {
    expect(header.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(header.get('worker-src')).toEqual(["'self'"]);
    expect(header.get('connect-src')).toEqual(["'self'"]);
    for (const sources of header.values())
      for (const source of sources) expect(source).toMatch(/^'(self|none|wasm-unsafe-eval)'$/);
  });

  test('every page states it in a meta, as the header does (frame-ancestors is header-only)', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const policies = metaPolicies(html(file));
      expect(policies, file).toHaveLength(1);
      expect(withoutHashes(parsePolicy(policies[0]!)), file).toEqual(metaPart);
    }
  });

  test('no page has inline script, inline style, a style attribute or an event handler attribute', () => {
    for (const file of files) {
      const page = html(file);
      const inlineScripts = [...page.matchAll(/<script\b([^>]*)>/gi)].filter(
        ([, attributes]) => !/\bsrc=/.test(attributes!) && !/type="application\/ld\+json"/.test(attributes!),
      );
      expect(inlineScripts, file).toEqual([]);
      expect(page, file).not.toMatch(/<style\b/i);
      expect(page, file).not.toMatch(/<[^>]+\sstyle=/i);
      expect(page, file).not.toMatch(/<[^>]+\son[a-z]+=/i);
    }
  });

  test('dist/_headers sends the same policy and the security headers on every file', () => {
    const written = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(written).toBe(headersFile());
    const everyFile = written.split(/^(?=\/)/m).find((block) => block.startsWith('/*\n'));
    expect(everyFile).toContain(`  Content-Security-Policy: ${contentSecurityPolicy()}\n`);
    expect(everyFile).toContain('  X-Content-Type-Options: nosniff\n');
    expect(everyFile).toContain('  Referrer-Policy: no-referrer\n');
    expect(parsePolicy(contentSecurityPolicy()).get('frame-ancestors')).toEqual(["'self'"]);
  });

  test("README's nginx snippet sends the same headers", () => {
    const readme = readFileSync('README.md', 'utf8');
    const headers = { 'Content-Security-Policy': contentSecurityPolicy(), ...SECURITY_HEADERS };
    for (const [name, value] of Object.entries(headers))
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });
});
