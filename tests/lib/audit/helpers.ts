import type { Rule } from '../../../src/lib/audit';
import type { Collections, Entry } from '../../../src/lib/content';
import { buildGraph } from '../../../src/lib/graph';
import { loadContent } from '../../support/load-content';

let fixtures: Promise<Collections> | undefined;

/**
 * Runs one rule on the fixtures of tests/fixtures/content, after an optional change made to a deep
 * copy of them in memory (the files are never touched).
 */
export async function check(rule: Rule, edit?: (c: Collections) => void) {
  fixtures ??= loadContent('tests/fixtures/content');
  const copy = structuredClone(await fixtures);
  edit?.(copy);
  return rule.check(buildGraph(copy));
}

/** A copy of an entry under another id, as if it had its own file. */
export function twin<T extends Entry<'sources' | 'norms' | 'statistics' | 'articles'>>(
  entry: T,
  id: string,
): T {
  const copy = structuredClone(entry);
  copy.id = id;
  if (entry.filePath) copy.filePath = entry.filePath.replace(/[^/]+\.yaml$/, `${id}.yaml`);
  return copy;
}

/** Another act than the fixtures' norm, under its own id, that the text neither names nor is read as. */
export function otherNorm(c: Collections, id: string): Entry<'norms'> {
  const other = twin(normOf(c), id);
  other.data.shortTitle = { ru: id, kk: id, en: id };
  other.data.official = { ...other.data.official, title: null, adopted: null };
  other.data.namedAs = [];
  other.data.identifiedAs = [];
  return other;
}

/** The only source of the fixtures (a report, printed as footnote 1 and reference 1). */
export const sourceOf = (c: Collections) => c.sources[0]!;

/** The only norm of the fixtures (a constitution, mentioned in paragraph 1). */
export const normOf = (c: Collections) => c.norms[0]!;

/** Entities of findings as `collection:id` strings. */
export const entities = (findings: { about: { collection: string; id: string }[] }[]) =>
  findings.map((f) => f.about.map((e) => `${e.collection}:${e.id}`));
