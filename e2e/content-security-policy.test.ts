import { describe, expect, test } from 'vitest';
import { recordViolations } from './lib/policy-violations';
import { BASE, useBuiltSite } from './lib/site';

const site = useBuiltSite();

// That browsing the site breaks no rule of the policy is checked on the reader's journey
// (journey.test.ts); this checks that the policy is there to break.
describe('the Content-Security-Policy', () => {
  test('is enforced: an inline event handler put into a page is blocked and reported', async () => {
    const page = await site.open();
    const violations = await recordViolations(page.page);
    await page.goto('');
    await page.page.evaluate((icon) => {
      document.body.insertAdjacentHTML('beforeend', `<img src="${icon}" onload="document.title='ran'">`);
    }, `${BASE}favicon.svg`);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatch(/script-src/);
    expect(await page.page.title()).not.toBe('ran');
  });
});
