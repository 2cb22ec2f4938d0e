import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browseAndSearch } from './lib/journey';
import { BASE, useBuiltSite } from './lib/site';

const site = useBuiltSite();

/**
 * Records every Content-Security-Policy violation the page reports: the `securitypolicyviolation`
 * events (through a binding, which the policy does not govern) and the console's CSP errors.
 */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`);
    });
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe('the Content-Security-Policy', () => {
  test('browsing every kind of page, using the previews and searching break no rule of it', async () => {
    const page = await site.open();
    const violations = await recordViolations(page.page);
    await browseAndSearch(page);
    expect(violations).toEqual([]);
  });

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
