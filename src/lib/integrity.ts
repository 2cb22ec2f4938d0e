import type { CollectionName, Collections } from './content';

/** One problem in the content, phrased for whoever fixes the file. */
export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** The field, as a dotted path (`official.status.by`), or `body`. */
  field: string;
  /** What is wrong. */
  reason: string;
}

/** Thrown when content is inconsistent: the build stops and prints every problem. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file} → ${p.field}: ${p.reason}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** The shape `reference()` turns an id into. */
interface ReferenceValue {
  collection: string;
  id: string;
}

/** Astro's output for a `reference()`: `{ collection, id }` and nothing else. */
export function isReference(value: unknown): value is ReferenceValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return (
    keys.length === 2 &&
    keys[0] === 'collection' &&
    keys[1] === 'id' &&
    typeof (value as Record<string, unknown>)['id'] === 'string'
  );
}

/** Calls `visit` for every reference inside `data`, with its dotted path. */
function eachReference(
  data: unknown,
  path: string,
  visit: (ref: ReferenceValue, path: string) => void,
): void {
  if (isReference(data)) {
    visit(data, path);
  } else if (Array.isArray(data)) {
    data.forEach((item, index) => eachReference(item, `${path}[${index}]`, visit));
  } else if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) {
      eachReference(value, path ? `${path}.${key}` : key, visit);
    }
  }
}

/**
 * Every reference between entries that points at no entry. Astro's `reference()` only logs such
 * a link; this makes it a build failure naming the file and the field.
 */
export function findDanglingReferences(collections: Collections): ContentProblem[] {
  const known = new Map<string, Set<string>>(
    (Object.keys(collections) as CollectionName[]).map((name) => [
      name,
      new Set(collections[name].map((entry) => entry.id)),
    ]),
  );
  const problems: ContentProblem[] = [];
  for (const name of Object.keys(collections) as CollectionName[]) {
    for (const entry of collections[name]) {
      eachReference(entry.data, '', (ref, field) => {
        if (!known.get(ref.collection)?.has(ref.id)) {
          problems.push({
            file: entry.filePath ?? `${name}/${entry.id}`,
            field,
            reason: `unknown ${ref.collection} id "${ref.id}"`,
          });
        }
      });
    }
  }
  return problems;
}
