import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../e2e/lib/built-pages';
import { trackingParameters } from '../../src/lib/tracking-parameters';
import { builtPage, DIST, visibleText } from '../support/built-site';

/** Every link out of the site on every page: its whole `<a …>` tag, href and shown text. */
const links = builtPages(DIST).flatMap((page) =>
  [...builtPage(page).matchAll(/(<a\b[^>]*\bhref="(https?:\/\/[^"]*)"[^>]*>)(.*?)<\/a>/gs)].map(
    ([, tag, href, text]) => ({
      page,
      tag: tag!,
      href: href!.replaceAll('&amp;', '&'),
      text: visibleText(text!),
    }),
  ),
);

describe('links out of the site', () => {
  test('there are some (sources, norms, organisations, evidence, DOI, licence)', () => {
    expect(links.length).toBeGreaterThan(100);
  });

  test('carry rel="noopener noreferrer"', () => {
    const without = links.filter(({ tag }) => !/\brel="noopener noreferrer"/.test(tag));
    expect(without.map(({ page, tag }) => `${page}: ${tag}`)).toEqual([]);
  });

  test('neither lead to nor show an address with tracking parameters', () => {
    const tracked = links.filter(
      ({ href, text }) => trackingParameters(href).length > 0 || /[?&](utm_|fbclid|gclid|yclid)/i.test(text),
    );
    expect(tracked.map(({ page, href }) => `${page}: ${href}`)).toEqual([]);
  });

  test('a source printed with utm_source links without it; its printed form still shows it', () => {
    const page = builtPage('sources/mondaq-labor-migration-kazakhstan/');
    const clean =
      'https://www.mondaq.com/employee-rights-labour-relations/1347780/labor-migration-in-kazakhstan';
    const shown = links.filter((link) => link.page === 'sources/mondaq-labor-migration-kazakhstan/');
    expect(shown).toContainEqual(expect.objectContaining({ href: clean, text: clean }));
    expect(visibleText(page)).toContain(`URL: ${clean}?utm_source=chatgpt.com`);
    // The open data keep the address as the data has it.
    const sources = JSON.parse(readFileSync(join(DIST, 'data/sources.json'), 'utf8')) as unknown;
    expect(JSON.stringify(sources)).toContain(`${clean}?utm_source=chatgpt.com`);
  });
});
