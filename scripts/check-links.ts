/**
 * Internal link checker for the built site: every `href` and `src` of every HTML file of dist/
 * that points inside the site must answer 2xx, and every `#fragment` must name an element of the
 * page it points at.
 *
 *   node scripts/check-links.ts [dist] [base]
 *
 * linkinator checks the links, on the folder as the e2e static server serves it: under the base
 * path (the `/explorer/` build), with the host's 301s and 404 page. What it does not check, and
 * why that is not needed (verified): a link with a scheme it does not know, such as an unresolved
 * `norm:` mention, is skipped, but such a link cannot be built (remark-article-references refuses
 * an unknown scheme and any link but a mention or http(s); the graph refuses an unknown id); a
 * fragment on a file that is not a page is not checked, and the site links none (every fragment
 * link in dist/ is to a page). Also tried: hyperlink 5.0.4 took 58 s on dist/ (linkinator about 5)
 * and failed on inline SVG; broken-link-checker does not check fragments (its issue #166).
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { readdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from '../e2e/lib/static-server.ts';

/** Options of `checkLinks`. */
export interface CheckLinksOptions {
  /** The site's base path (astro.config.ts `base`): internal absolute links start with it. */
  base?: string;
}

/** The site path each HTML file of the folder is served at: `norms/x/index.html` → `norms/x/`. */
async function pagePaths(distDir: string): Promise<string[]> {
  const files = await readdir(distDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Why a link is broken: the fragment linkinator did not find, or the status it got. */
function reason(link: LinkResult): string {
  const details = (link.failureDetails ?? []).filter((detail) => detail instanceof Error);
  return details.length > 0 ? details.map((detail) => detail.message).join('; ') : `HTTP ${link.status}`;
}

/**
 * Checks every internal link of the site built in `distDir`. Returns one line per problem,
 * `"<page> → <link>: <reason>"`, both as paths on the server (`/explorer/`, `/explorer/missing/`).
 */
export async function checkLinks(distDir: string, options: CheckLinksOptions = {}): Promise<string[]> {
  const server = await startStaticServer(distDir, options.base);
  const { origin } = new URL(server.url);
  const onServer = (url: string) => url.slice(origin.length);
  try {
    const { links } = await new LinkChecker().check({
      // Every page, not only those a link leads to (the 404 page, say); each page's own links.
      path: (await pagePaths(distDir)).map((page) => new URL(page, server.url).href),
      checkFragments: true,
      // Links out of the site are not this check's (a link to the site's origin outside the
      // base is checked, and fails).
      linksToSkip: async (link) => new URL(link).origin !== origin,
    });
    return links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${onServer(link.parent ?? '')} → ${onServer(link.url)}: ${reason(link)}`)
      .sort();
  } finally {
    await server.close();
  }
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  const [distDir = 'dist', base = '/'] = process.argv.slice(2);
  const problems = await checkLinks(distDir, { base });
  for (const problem of problems) console.error(problem);
  console.log(`check-links: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${distDir}`);
  if (problems.length > 0) process.exitCode = 1;
}
