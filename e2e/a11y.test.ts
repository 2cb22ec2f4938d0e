import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, UI_LANGS, type UiLang } from '../src/i18n';
import { preloadAxe, scanPage, type Violation } from './lib/axe';
import { builtPages, onePerType } from './lib/built-pages';
import { DIST, useBuiltSite, type BuiltSite } from './lib/site';

const site = useBuiltSite();

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** WCAG 2.2 A and AA, as axe-core tags them, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * `npm run test:full` (E2E_FULL=1) scans every page in every language and scheme; `npm test`
 * scans every page once (Russian, light) and one page of each type in the other languages and the
 * dark scheme, which is where a language or a scheme can break what one page type shares.
 */
const FULL = process.env['E2E_FULL'] === '1';

/** Pages scanned at once, each in its own tab: two keep both cores of our machines busy. */
const TABS = 2;

const pages = builtPages(DIST);

/** The pages in one UI language: the root for the default one, its prefix for the others. */
function pagesIn(lang: UiLang, paths: string[]): string[] {
  const prefixes = UI_LANGS.filter((other) => other !== DEFAULT_LANG).map((other) => `${other}/`);
  return lang === DEFAULT_LANG
    ? paths.filter((path) => !prefixes.some((prefix) => path.startsWith(prefix)))
    : paths.filter((path) => path.startsWith(`${lang}/`));
}

/** A scan visits its pages in turn in each tab: give it time by the page, not Vitest's default. */
const SCAN_TIMEOUT = 900_000;

/** What one scan found: one line per failing element, and one per rule. */
interface ScanResult {
  problems: string[];
  rules: string[];
}

/**
 * Scans each path in the schemes that list it, `TABS` pages at a time. A page is loaded once and
 * scanned in each of its schemes in turn: the dark scheme is CSS only (`prefers-color-scheme`) and
 * nothing on the site animates, so switching the emulated scheme restyles the page in place.
 */
async function scan(built: BuiltSite, paths: Record<Scheme, string[]>): Promise<Record<Scheme, ScanResult>> {
  const found = { light: new Map<string, Violation>(), dark: new Map<string, Violation>() };
  const problems: Record<Scheme, string[]> = { light: [], dark: [] };
  const wanted = { light: new Set(paths.light), dark: new Set(paths.dark) };
  const queue = [...new Set([...paths.light, ...paths.dark])];
  const tab = async () => {
    const page = await built.open();
    await preloadAxe(page.page.context());
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(path);
      for (const scheme of SCHEMES) {
        if (!wanted[scheme].has(path)) continue;
        await page.page.emulateMedia({ colorScheme: scheme });
        const applied = await page.page.evaluate(
          (s) => matchMedia(`(prefers-color-scheme: ${s})`).matches,
          scheme,
        );
        if (!applied) throw new Error(`/${path}: the ${scheme} scheme did not apply`);
        const violations = await scanPage(page.page, TAGS);
        for (const violation of violations) {
          found[scheme].set(violation.id, violation);
          for (const node of violation.nodes)
            problems[scheme].push(`${violation.id} /${path} ${node.target.join(' ')}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: TABS }, tab));
  const result = (scheme: Scheme): ScanResult => ({
    problems: problems[scheme].sort(),
    rules: [...found[scheme].values()].map((r) => `${r.id} (${r.impact ?? '?'}): ${r.help} ${r.helpUrl}`),
  });
  return { light: result('light'), dark: result('dark') };
}

function report(label: string, count: number, { problems, rules }: ScanResult) {
  const lines = [`axe, ${label}: ${count} pages scanned, ${problems.length} violations`];
  if (problems.length > 0) lines.push(...rules.map((r) => `  rule ${r}`), ...problems.map((p) => `  ${p}`));
  console.log(lines.join('\n'));
}

/** What one test scans: a language, and the paths in each scheme. */
interface Plan {
  lang: UiLang;
  paths: Record<Scheme, string[]>;
}

function plans(): Plan[] {
  return UI_LANGS.map((lang) => {
    const all = pagesIn(lang, pages);
    const every = (scheme: Scheme) => FULL || (lang === DEFAULT_LANG && scheme === 'light');
    return {
      lang,
      paths: { light: every('light') ? all : onePerType(all), dark: every('dark') ? all : onePerType(all) },
    };
  });
}

/** How a report names what was scanned. */
function label(lang: UiLang, scheme: Scheme, paths: string[], all: string[]): string {
  return `${paths.length === all.length ? 'every page' : 'one page of each type'} in ${lang}, ${scheme} scheme`;
}

describe('accessibility (axe-core)', () => {
  test('the scan reports what fails', async () => {
    const { page } = await site.open();
    await preloadAxe(page.context());
    // A page load, as the scans' pages are: content set into an open page runs no init script.
    const html = '<!doctype html><html lang="ru"><title>x</title><main><img src="x.png"></main></html>';
    await page.goto(`data:text/html,${encodeURIComponent(html)}`);
    expect((await scanPage(page, TAGS)).map((violation) => violation.id)).toContain('image-alt');
  });

  // One test per language, so that each stays within its time; a failure names the scheme.
  test.each(plans())('pages in $lang, light and dark', { timeout: SCAN_TIMEOUT }, async ({ lang, paths }) => {
    expect(paths.light.length).toBeGreaterThan(0);
    expect(paths.dark.length).toBeGreaterThan(0);
    const result = await scan(site, paths);
    const all = pagesIn(lang, pages);
    for (const scheme of SCHEMES)
      report(label(lang, scheme, paths[scheme], all), paths[scheme].length, result[scheme]);
    expect({ light: result.light.problems, dark: result.dark.problems }).toEqual({ light: [], dark: [] });
  });
});
