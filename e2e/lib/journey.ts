import { onePerTypeInDefaultLanguage } from './built-pages';
import { searchFor } from './search-page';
import { DIST, type SitePage } from './site';

/**
 * One page of every kind the build has (every collection's index among them), and the home page,
 * the overview and a norm in the other UI languages.
 */
export function samplePages(dist = DIST): string[] {
  const sample = onePerTypeInDefaultLanguage(dist);
  const translated = ['', 'overview/', sample.find((page) => /^norms\/.+/.test(page))!];
  return [...sample, ...translated.flatMap((page) => [`en/${page}`, `kk/${page}`])];
}

/**
 * What a reader does on the site: opens the sample pages (hovering a preview where the text has
 * one), searches from the search page, and opens a result (which marks the words searched for).
 */
export async function browseAndSearch(page: SitePage): Promise<void> {
  for (const path of samplePages()) {
    await page.goto(path);
    const mention = page.main.locator('a.mention-norms, a.footnote-ref').first();
    if ((await mention.count()) > 0) await mention.hover();
  }
  await page.goto('search/');
  const { results } = await searchFor(page.page, 'квота');
  if (results.length === 0) throw new Error('search found nothing for «квота»');
  await page.follow(page.page.locator('#search-results a').first());
  await page.page.locator('mark').first().waitFor();
}
