import { INDEXED_COLLECTIONS } from './collections';
import { fullTextPath, indexPath } from './routes';
import { pathWithoutLang } from './site-url';

/**
 * A page's type from its path, by the folders of src/lib/routes.ts: `home`, `index` (a
 * collection's list), one type per collection (`norms`, `sources`, …), `full-text` and `sections`
 * under an article, `<type> (print)` for a page's print document, and the first path segment for
 * every other page (`search`, `about`, `print` for a printed selection, `404`…).
 */
export function pageType(sitePath: string): string {
  const path = pathWithoutLang(`/${sitePath}`);
  const segments = path.split('/').filter(Boolean);
  // A print document (`…/<page>/print/`) weighs apart from the page it prints.
  if (segments.length > 1 && segments.at(-1) === 'print')
    return `${pageType(`${segments.slice(0, -1).join('/')}/`)} (print)`;
  const [folder, id = '', sub] = segments;
  if (folder === undefined) return 'home';
  const collection = INDEXED_COLLECTIONS.find((c) => indexPath(c) === `${folder}/`);
  if (!collection) return folder.replace(/\.html$/, '');
  if (segments.length === 1) return 'index';
  if (collection !== 'articles' || sub === undefined) return collection;
  if (path === fullTextPath(id)) return 'full-text';
  return 'sections';
}
