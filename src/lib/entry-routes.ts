import type { EntityCollection } from './collections';
import type { Entry } from './content';
import { getGraph } from './graph';
import { localizedRoutes } from './site-url';

/**
 * The route parameters of an entry's page: `[id]`, an article's `[article]`, a section's
 * `[article]/[section]` (its id is `<article>/<section>`). The paths they make are routes.ts's.
 */
export function entryRouteParams(collection: EntityCollection, id: string): Record<string, string> {
  if (collection === 'articles') return { article: id };
  if (collection === 'sections') {
    const [article = '', section = ''] = id.split('/');
    return { article, section };
  }
  return { id };
}

/** What an entry's page receives: the entry itself, looked up once here rather than from its params. */
export interface EntryProps<C extends EntityCollection> {
  entry: Entry<C>;
}

/** `getStaticPaths` of a collection's entry pages (or their print documents): each entry, in every UI language. */
export async function entryRoutes<C extends EntityCollection>(collection: C) {
  const entries: Entry<C>[] = (await getGraph()).collections[collection];
  const routes = entries.map((entry) => ({
    params: entryRouteParams(collection, entry.id),
    props: { entry } as EntryProps<C>,
  }));
  return localizedRoutes(() => routes);
}
