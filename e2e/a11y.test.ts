import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, UI_LANGS, type UiLang } from '../src/i18n';
import { pageType } from '../src/lib/page-type';
import { builtPages } from './lib/built-pages';
import { DIST, useBuiltSite, type BuiltSite } from './lib/site';

const site = useBuiltSite();

/** One rule that failed on a page, with the elements that failed it. */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];
type Scheme = 'light' | 'dark';

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

/** The first page of each type, and every collection's index (each lists its own kind of entry). */
function onePerType(paths: string[]): string[] {
  const first = new Map<string, string>();
  for (const path of paths) {
    const type = pageType(path);
    const key = type === 'index' ? path : type;
    if (!first.has(key)) first.set(key, path);
  }
  return [...first.values()];
}

/** A scan visits its pages in turn in each tab: give it time by the page, not Vitest's default. */
const SCAN_TIMEOUT = 900_000;

/** Scans the paths, `TABS` at a time; returns one line per failing element, and one per rule. */
async function scan(
  built: BuiltSite,
  scheme: Scheme,
  paths: string[],
): Promise<{ problems: string[]; rules: string[] }> {
  const problems: string[] = [];
  const rules = new Map<string, Violation>();
  const queue = [...paths];
  const tab = async () => {
    const page = await built.open({ colorScheme: scheme });
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(path);
      // Only violations are reported, so axe need not describe what passed (a tenth faster).
      // Legacy mode runs axe.run() in the page itself. The default mode runs axe in each frame and
      // then merges the results in a blank page it opens for every scan: twice the CPU per page,
      // for frames the site does not have (no page holds an iframe; a same-origin one would
      // still be scanned in legacy mode, only cross-origin ones would not).
      const { violations } = await new AxeBuilder({ page: page.page })
        .setLegacyMode()
        .withTags(TAGS)
        .options({ resultTypes: ['violations'] })
        .analyze();
      for (const violation of violations) {
        rules.set(violation.id, violation);
        for (const node of violation.nodes)
          problems.push(`${violation.id} /${path} ${node.target.join(' ')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: TABS }, tab));
  const summary = [...rules.values()].map((r) => `${r.id} (${r.impact ?? '?'}): ${r.help} ${r.helpUrl}`);
  return { problems: problems.sort(), rules: summary };
}

function report(label: string, count: number, { problems, rules }: { problems: string[]; rules: string[] }) {
  const lines = [`axe, ${label}: ${count} pages scanned, ${problems.length} violations`];
  if (problems.length > 0) lines.push(...rules.map((r) => `  rule ${r}`), ...problems.map((p) => `  ${p}`));
  console.log(lines.join('\n'));
}

/** What one test scans: a language, a scheme, and the paths. */
interface Plan {
  lang: UiLang;
  scheme: Scheme;
  paths: string[];
  label: string;
}

function plans(): Plan[] {
  const combinations = UI_LANGS.flatMap((lang) =>
    (['light', 'dark'] as const).map((scheme) => ({ lang, scheme })),
  );
  return combinations.map(({ lang, scheme }) => {
    const all = pagesIn(lang, pages);
    const every = FULL || (lang === DEFAULT_LANG && scheme === 'light');
    return {
      lang,
      scheme,
      paths: every ? all : onePerType(all),
      label: `${every ? 'every page' : 'one page of each type'} in ${lang}, ${scheme} scheme`,
    };
  });
}

describe('accessibility (axe-core)', () => {
  // One test per language and scheme, so that a failure names both and each stays within its time.
  test.each(plans())('$label', { timeout: SCAN_TIMEOUT }, async ({ scheme, paths, label }) => {
    expect(paths.length).toBeGreaterThan(0);
    const result = await scan(site, scheme, paths);
    report(label, paths.length, result);
    expect(result.problems).toEqual([]);
  });
});
