import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { BASE, useBuiltSite } from './lib/site';

const site = useBuiltSite();
const t = useTranslations('ru');

describe('the 404 page', () => {
  test('an unknown address, however deep, gets the styled 404 page, whose links lead into the site', async () => {
    const page = await site.open();
    const failed: string[] = [];
    page.page.on('response', (response) => {
      if (response.status() >= 400 && !response.request().isNavigationRequest()) failed.push(response.url());
    });
    const response = await page.page.goto(new URL('no/such/page/deep/', site.url).href);
    expect(response?.status()).toBe(404);
    expect(await page.heading.innerText()).toBe(t('notFound.title'));
    // Its stylesheet and script load from the base, wherever the address was.
    expect(await page.page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    const norms = page.linkTo(`${BASE}norms/`, page.main);
    expect(await page.follow(norms)).toBe('norms/');
  });
});
