import type { CollectionName } from '../content';

/** Key of an entity in the graph's indexes. */
export const entityKey = (collection: CollectionName, id: string): string => `${collection}:${id}`;

/** Key of a body paragraph in the graph's indexes. */
export const paragraphKey = (section: string, paragraph: number): string =>
  `paragraph:${section}#${paragraph}`;

/** The file an entry came from, as problems name it. */
export const fileOf = (entry: { filePath?: string | undefined; collection: string; id: string }): string =>
  entry.filePath ?? `${entry.collection}/${entry.id}`;
