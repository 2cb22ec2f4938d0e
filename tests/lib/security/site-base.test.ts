import { expect, test } from 'vitest';
import { siteBase } from '../../../src/lib/security/site-base';

test('SITE_BASE unset or root is /', () => {
  expect(siteBase(undefined)).toBe('/');
  expect(siteBase('')).toBe('/');
  expect(siteBase('/')).toBe('/');
});

test('a sub-path gets its slashes, however it is written', () => {
  expect(siteBase('/explorer/')).toBe('/explorer/');
  expect(siteBase('explorer')).toBe('/explorer/');
  expect(siteBase('/org/explorer')).toBe('/org/explorer/');
});

test('anything but a plain path stops the build', () => {
  for (const value of ['/../etc/', 'https://x.kz/', '/a b/', '/"><script>/'])
    expect(() => siteBase(value), value).toThrow(/SITE_BASE: .* is not a path such as \/explorer\//);
});
