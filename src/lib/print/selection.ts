/**
 * A printed selection: the entries chosen, carried in the URL (`print/?item=sections:<id>&…`) so
 * that it can be shared, and the merging of their cited items into one list. No imports beyond
 * routes: the browser runs this.
 */
import { ENTITY_COLLECTIONS, type EntityCollection } from '../collections';

/** The query parameter that names one chosen entry. */
export const SELECTION_PARAM = 'item';

/** One chosen entry. */
export interface SelectedItem {
  /** Its collection. */
  collection: EntityCollection;
  /** Its id. */
  id: string;
}

const ID = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/;

/** The parameter value of an entry: `sections:moldakhmetova-2025/introduction`. */
export const selectionValue = (item: SelectedItem): string => `${item.collection}:${item.id}`;

/**
 * The entries a selection URL's query names, in the order given, each once. A value that is not
 * `<collection>:<id>` with a known collection is returned in `invalid`, never silently dropped.
 */
export function parseSelection(search: string): { items: SelectedItem[]; invalid: string[] } {
  const items: SelectedItem[] = [];
  const invalid: string[] = [];
  for (const value of new URLSearchParams(search).getAll(SELECTION_PARAM)) {
    const [collection = '', id = ''] = value.split(/:(.*)/s);
    if (!(ENTITY_COLLECTIONS as readonly string[]).includes(collection) || !ID.test(id)) {
      invalid.push(value);
      continue;
    }
    if (!items.some((item) => selectionValue(item) === value))
      items.push({ collection: collection as EntityCollection, id });
  }
  return { items, invalid };
}

/** One cited item as a print document carries it: its key, the list it belongs to, its place. */
export interface KeyedItem {
  /** Key shared by every document that cites the item (`footnote:<article>:3`). */
  key: string;
  /** The list it is printed in (`footnotes`, `references`, `norms`, `statistics`). */
  list: string;
  /** Its position in that list across the site (the printed number, or the collection's order). */
  order: number;
}

/**
 * The cited items of several documents merged into one list per kind: each item once (the first
 * copy kept), in the site's order (footnotes and references by their printed numbers).
 */
export function mergeCited<T extends KeyedItem>(documents: T[][]): Map<string, T[]> {
  const seen = new Set<string>();
  const lists = new Map<string, T[]>();
  for (const item of documents.flat()) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    lists.set(item.list, [...(lists.get(item.list) ?? []), item]);
  }
  for (const items of lists.values()) items.sort((a, b) => a.order - b.order);
  return lists;
}
