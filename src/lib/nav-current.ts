/**
 * How a navigation link relates to the page it is on, as `aria-current` says it: `page` on the
 * page it leads to, `true` anywhere inside the part of the site it opens (a norm's page for the
 * norms' index), nothing elsewhere. Paths are base-less and language-less (`norms/x/`).
 */
export function navCurrent(linkPath: string, pagePath: string): 'page' | 'true' | undefined {
  if (linkPath === pagePath) return 'page';
  return linkPath !== '' && pagePath.startsWith(linkPath) ? 'true' : undefined;
}
