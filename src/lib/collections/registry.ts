import type { PlainKey } from '../../i18n';
import { hasPages, type Declaration, type PagedDeclaration } from './spec';

/**
 * The collections, declared once each, in the order the navigation, the indexes, the sitemap and
 * the open data list them. Everything that maps over collections asks a registry.
 */
export interface Registry {
  readonly declarations: readonly Declaration[];
  /** A collection's declaration; throws on a name no collection has. */
  declaration(name: string): Declaration;
  /** The declaration of a collection with pages; throws on any other. */
  paged(name: string): PagedDeclaration;
  /** The collections whose entries have pages. */
  readonly pagedNames: readonly string[];
  /** The collections with an index page, in navigation order. */
  readonly indexedNames: readonly string[];
  /** The collections whose entries are facts, with a page and a print document of the same shape. */
  readonly factNames: readonly string[];
  /** The collections exported as open data, in order. */
  readonly openDataNames: readonly string[];
  /** Path of an entry's page, without the base and the language prefix: `norms/<id>/`. */
  entityPath(collection: string, id: string): string;
  /** Path of a collection's index page: `norms/`. */
  indexPath(collection: string): string;
  /** The UI string that names a collection's index page («Нормы»). */
  navKey(collection: string): PlainKey;
  /** The collection a mention scheme (`norm`) names, or undefined. */
  mentioned(scheme: string): string | undefined;
}

/** A registry of the given collections; throws when two share a name, a mention scheme or an index. */
export function createRegistry(declarations: readonly Declaration[]): Registry {
  const problems = [
    ...duplicates(
      declarations.map((d) => d.name),
      'name',
    ),
    ...duplicates(
      declarations.flatMap((d) => (d.mention ? [d.mention] : [])),
      'mention scheme',
    ),
    ...duplicates(
      declarations.flatMap((d) => (d.pages?.index ? [d.pages.folder] : [])),
      'index folder',
    ),
  ];
  if (problems.length > 0) throw new Error(`collection registry: ${problems.join('; ')}`);
  const byName = new Map(declarations.map((d) => [d.name, d]));
  const declaration = (name: string): Declaration => {
    const found = byName.get(name);
    if (!found) throw new Error(`collection registry: no collection "${name}"`);
    return found;
  };
  const paged = (name: string): PagedDeclaration => {
    const found = declaration(name);
    if (!hasPages(found)) throw new Error(`collection registry: "${name}" has no pages`);
    return found;
  };
  const indexed = (name: string): { folder: string; navKey: PlainKey } => {
    const { pages } = paged(name);
    if (!pages.index) throw new Error(`collection registry: "${name}" has no index page`);
    return { folder: pages.folder, navKey: pages.index.navKey };
  };
  const withPages = declarations.filter(hasPages);
  return {
    declarations,
    declaration,
    paged,
    pagedNames: withPages.map((d) => d.name),
    indexedNames: withPages.filter((d) => d.pages.index !== undefined).map((d) => d.name),
    factNames: withPages.filter((d) => d.pages.printsAsFacts).map((d) => d.name),
    openDataNames: declarations.filter((d) => d.openData !== undefined).map((d) => d.name),
    entityPath: (collection, id) => `${paged(collection).pages.folder}/${id}/`,
    indexPath: (collection) => `${indexed(collection).folder}/`,
    navKey: (collection) => indexed(collection).navKey,
    mentioned: (scheme) => declarations.find((d) => d.mention === scheme)?.name,
  };
}

function duplicates(values: string[], what: string): string[] {
  return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))].map(
    (value) => `two collections share the ${what} "${value}"`,
  );
}
