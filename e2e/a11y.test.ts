import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, UI_LANGS, type UiLang } from '../src/i18n';
import { builtPages } from './lib/built-pages';
import { DIST, useBuiltSite, type SitePage } from './lib/site';

const site = useBuiltSite();

/** One rule that failed on a page, with the elements that failed it. */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** WCAG 2.2 A and AA, as axe-core tags them, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const pages = builtPages(DIST);

/** The pages in one UI language: the root for the default one, its prefix for the others. */
function pagesIn(lang: UiLang, paths: string[]): string[] {
  const prefixes = UI_LANGS.filter((other) => other !== DEFAULT_LANG).map((other) => `${other}/`);
  return lang === DEFAULT_LANG
    ? paths.filter((path) => !prefixes.some((prefix) => path.startsWith(prefix)))
    : paths.filter((path) => path.startsWith(`${lang}/`));
}

/** A scan visits every page of a language in turn: give it time by the page, not Vitest's default. */
const SCAN_TIMEOUT = 900_000;

/** Scans each path in turn on one page; returns one line per failing element, and one per rule. */
async function scan(page: SitePage, paths: string[]): Promise<{ problems: string[]; rules: string[] }> {
  const problems: string[] = [];
  const rules = new Map<string, Violation>();
  for (const path of paths) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page: page.page }).withTags(TAGS).analyze();
    for (const violation of violations) {
      rules.set(violation.id, violation);
      for (const node of violation.nodes) problems.push(`${violation.id} /${path} ${node.target.join(' ')}`);
    }
  }
  const summary = [...rules.values()].map((r) => `${r.id} (${r.impact ?? '?'}): ${r.help} ${r.helpUrl}`);
  return { problems, rules: summary };
}

function report(label: string, count: number, { problems, rules }: { problems: string[]; rules: string[] }) {
  const lines = [`axe, ${label}: ${count} pages scanned, ${problems.length} violations`];
  if (problems.length > 0) lines.push(...rules.map((r) => `  rule ${r}`), ...problems.map((p) => `  ${p}`));
  console.log(lines.join('\n'));
}

describe('accessibility (axe-core)', () => {
  // One test per UI language, so that a failure names the language and each stays within its time.
  test.each(UI_LANGS)('every page in %s, light scheme', { timeout: SCAN_TIMEOUT }, async (lang) => {
    const paths = pagesIn(lang, pages);
    expect(paths.length).toBeGreaterThan(0);
    const result = await scan(await site.open({ colorScheme: 'light' }), paths);
    report(`${lang}, light scheme`, paths.length, result);
    expect(result.problems).toEqual([]);
  });

  // Colours do not depend on the language, so one language will do.
  test('every page in Russian, dark scheme', { timeout: SCAN_TIMEOUT }, async () => {
    const paths = pagesIn(DEFAULT_LANG, pages);
    const result = await scan(await site.open({ colorScheme: 'dark' }), paths);
    report('dark scheme', paths.length, result);
    expect(result.problems).toEqual([]);
  });
});
