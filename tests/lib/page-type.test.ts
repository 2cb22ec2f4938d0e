import { describe, expect, test } from 'vitest';
import { pageType } from '../../src/lib/page-type';

describe('pageType', () => {
  test.each([
    ['', 'home'],
    ['kk/', 'home'],
    ['norms/', 'index'],
    ['en/norms/kz-constitution-1995/', 'norms'],
    ['statistics/arrivals-2022/', 'statistics'],
    ['glossary/quota/', 'glossary'],
    ['articles/moldakhmetova-2025/', 'articles'],
    ['articles/moldakhmetova-2025/full-text/', 'full-text'],
    ['kk/articles/moldakhmetova-2025/conclusion/', 'sections'],
    ['kk/articles/moldakhmetova-2025/conclusion/print/', 'sections (print)'],
    ['articles/moldakhmetova-2025/print/', 'articles (print)'],
    ['en/norms/kz-constitution-1995/print/', 'norms (print)'],
    ['print/', 'print'],
    ['search/', 'search'],
    ['en/overview/', 'overview'],
    ['404.html', '404'],
  ])('%s → %s', (path, type) => expect(pageType(path)).toBe(type));
});
