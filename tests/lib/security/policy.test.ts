import { expect, test } from 'vitest';
import { headersFile } from '../../../src/lib/security/headers-file';
import { contentSecurityPolicy, parsePolicy } from '../../../src/lib/security/policy';

test('the policy reads back directive by directive', () => {
  const policy = parsePolicy(contentSecurityPolicy());
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
  expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*|https?:/);
});

test("parsePolicy reads Astro's meta spelling and refuses a directive stated twice", () => {
  expect(parsePolicy("img-src 'self';font-src 'self'; script-src 'self' 'sha256-x=' ;")).toEqual(
    new Map([
      ['img-src', ["'self'"]],
      ['font-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-x='"]],
    ]),
  );
  expect(() => parsePolicy("img-src 'self'; img-src *")).toThrow(/states img-src twice/);
});

test('_headers: the policy on every file, long caching for hashed assets only', () => {
  const file = headersFile();
  expect(file.startsWith(`/*\n  Content-Security-Policy: ${contentSecurityPolicy()}\n`)).toBe(true);
  expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  expect(file.match(/Cache-Control/g)).toHaveLength(1);
});
