import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  langPrefix,
  localizePath,
  pathWithoutLang,
  siteHref,
  siteRoot,
  withBase,
} from '../../src/lib/site-url';

describe('the base path', () => {
  test('joins a base with or without its closing slash and a base-less path', () => {
    expect(withBase('/', 'norms/a/')).toBe('/norms/a/');
    expect(withBase('/explorer', 'norms/a/')).toBe('/explorer/norms/a/');
    expect(withBase('/explorer/', '')).toBe('/explorer/');
  });
});

describe('the site root', () => {
  test('joins site and base', () => {
    expect(siteRoot('https://x.org', '/').href).toBe('https://x.org/');
    expect(siteRoot(new URL('https://x.org/'), '/explorer').href).toBe('https://x.org/explorer/');
    expect(() => siteRoot(undefined, '/')).toThrow(/site/);
  });

  test('makes a path absolute in a language, Russian at the root', () => {
    const root = new URL('https://x.org/explorer/');
    expect(absoluteUrl(root, 'norms/a/', 'en')).toBe('https://x.org/explorer/en/norms/a/');
    expect(absoluteUrl(root, 'norms/a/', 'ru')).toBe('https://x.org/explorer/norms/a/');
  });
});

// This build's base is `/` (SITE_BASE unset); e2e runs the same pages under `/explorer/`.
describe('hrefs of this build', () => {
  test('carry the language prefix, none for Russian', () => {
    expect(langPrefix('ru')).toBe('');
    expect(langPrefix('kk')).toBe('kk/');
    expect(siteHref('norms/a/', 'en')).toBe('/en/norms/a/');
    expect(siteHref('', 'ru')).toBe('/');
  });

  test('move a Russian page’s path to another language and back to the shared path', () => {
    expect(localizePath('/norms/a/', 'kk')).toBe('/kk/norms/a/');
    expect(localizePath('/norms/a/', 'ru')).toBe('/norms/a/');
    expect(pathWithoutLang('/kk/norms/a/')).toBe('norms/a/');
    expect(pathWithoutLang('/norms/a/')).toBe('norms/a/');
  });
});
