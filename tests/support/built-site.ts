import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built site; tests in tests/build run after `npm run build`. */
export const DIST = 'dist';

/** The HTML of a built page, by its base-less path (`norms/x/`). Fails if the page is missing. */
export function builtPage(path: string): string {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} was not built (run npm run build first)`);
  return readFileSync(file, 'utf8');
}

/** Text of an HTML fragment as a reader sees it: tags removed, entities decoded, spaces folded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|nbsp);/gi, (entity: string) => {
      const named: Record<string, string> = {
        '&amp;': '&',
        '&lt;': '<',
        '&gt;': '>',
        '&quot;': '"',
        '&nbsp;': ' ',
      };
      const lower = entity.toLowerCase();
      if (named[lower]) return named[lower];
      const hex = lower.startsWith('&#x');
      return String.fromCodePoint(parseInt(lower.slice(hex ? 3 : 2, -1), hex ? 16 : 10));
    })
    .replace(/\s+/g, ' ')
    .trim();
}
