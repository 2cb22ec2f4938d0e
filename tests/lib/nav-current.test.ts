import { describe, expect, test } from 'vitest';
import { navCurrent } from '../../src/lib/nav-current';

describe('navCurrent', () => {
  test('the page a link leads to, a page inside its part of the site, and elsewhere', () => {
    expect(navCurrent('norms/', 'norms/')).toBe('page');
    expect(navCurrent('norms/', 'norms/kz-constitution-1995/')).toBe('true');
    expect(navCurrent('norms/', 'notes/x/')).toBeUndefined();
  });
  test('the home page is no part of every page', () => {
    expect(navCurrent('', 'norms/')).toBeUndefined();
    expect(navCurrent('', '')).toBe('page');
  });
});
