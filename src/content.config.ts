import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { findDuplicateIds, listContentFiles } from './lib/content-files';
import { COLLECTION_NAMES, REGISTRY, type CollectionName } from './lib/collections';
import { COLLECTION_SCHEMAS } from './schemas/collections';

/**
 * Where the collections are read from: `content/`, or the folder named by CONTENT_DIR (the scale
 * bench builds a synthetic corpus that way).
 */
const contentRoot = process.env['CONTENT_DIR'] ?? 'content';

/**
 * Every collection lives in content/<name>/, one file per entry. Astro's glob loader, with a
 * check first that no two files claim the same id (the loader would keep one silently).
 */
function fromContent(name: string): Loader {
  const { extension } = REGISTRY.declaration(name);
  const base = `${contentRoot}/${name}`;
  const loader = glob({ pattern: `**/*.${extension}`, base });
  return {
    name: `content-${name}`,
    load: async (context) => {
      const duplicates = findDuplicateIds(base, listContentFiles(base, extension));
      if (duplicates.length > 0) throw new Error(`Duplicate ids in ${base}:\n  ${duplicates.join('\n  ')}`);
      await loader.load(context);
    },
  };
}

/** One collection per registry entry, each with its schema. */
type Collections = { [C in CollectionName]: { loader: Loader; schema: (typeof COLLECTION_SCHEMAS)[C] } };

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [
    name,
    defineCollection({ loader: fromContent(name), schema: COLLECTION_SCHEMAS[name] }),
  ]),
) as Collections;
