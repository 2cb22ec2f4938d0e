import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { test } from 'vitest';
import { CHROMIUM_FLAGS } from '../../e2e/lib/browser';
import { onePerTypeInDefaultLanguage } from '../../e2e/lib/built-pages';
import { DIST } from '../../e2e/lib/site';
import { startStaticServer } from '../../e2e/lib/static-server';
import { pageType } from '../../src/lib/page-type';
import { report, type Figure } from './report';

/** Debian's real Chromium binary: the /usr/bin/chromium wrapper leaves browsers running. */
const CHROME_PATH = '/usr/lib/chromium/chromium';
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The floor: every category on every page type; the home page, the front door, at 100. */
const BUDGET = { home: 100, other: 98 };

/** The pages audited: one of each type (print views and indexes included), in the default language. */
function auditedPages(): { name: string; path: string; budget: number }[] {
  return onePerTypeInDefaultLanguage(DIST).map((path) => {
    const type = pageType(path);
    return {
      name: type === 'index' ? `${path.slice(0, -1)} index` : type,
      path,
      budget: type === 'home' ? BUDGET.home : BUDGET.other,
    };
  });
}

test('lighthouse: performance, accessibility, best practices, SEO (desktop and mobile)', async () => {
  const server = await startStaticServer(DIST);
  let chrome: LaunchedChrome | undefined;
  const figures: Figure[] = [];
  const failing: string[] = [];
  try {
    chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
    for (const page of auditedPages()) {
      for (const device of ['desktop', 'mobile'] as const) {
        const result = await lighthouse(
          new URL(page.path, server.url).href,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          // Lighthouse's default settings are mobile's (a phone, throttled); desktop has its own.
          device === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for /${page.path}`);
        for (const category of CATEGORIES) {
          const { score, auditRefs } = result.lhr.categories[category] ?? { score: null, auditRefs: [] };
          const value = Math.round((score ?? 0) * 100);
          figures.push({
            name: `${page.name} (${device}): ${category}`,
            value,
            unit: 'count',
            budget: page.budget,
            atLeast: true,
          });
          if (value === 100) continue;
          // Say why: the audits that lost points, so a score below 100 can be acted on.
          const lost = auditRefs
            .filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => ref.id);
          failing.push(
            `  ${page.name} (${device}) ${category}: ${lost.join(', ') || 'no weighted audit failed'}`,
          );
        }
      }
    }
  } finally {
    chrome?.kill();
    await server.close();
  }
  console.log(report('Lighthouse scores (Debian Chromium)', figures));
  if (failing.length > 0) console.log(['Audits that cost points:', ...failing].join('\n'));
});
