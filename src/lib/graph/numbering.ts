import type { Entry } from '../content';
import type { ContentProblem } from '../integrity';
import { fileOf } from './keys';
import type { NumberedEntry } from './types';

/** A printed list of an article. */
export type NumberedList = 'footnotes' | 'references';

/** The number a footnote or reference prints in an article's list: `<article>:<list>:<number>`. */
export const numberKey = (article: string, list: NumberedList, number: number): string =>
  `${article}:${list}:${number}`;

/** Which source each footnote and reference number prints; a number claimed twice goes to the first. */
export function numberIndex(sources: Entry<'sources'>[]): Map<string, NumberedEntry> {
  const numbered = new Map<string, NumberedEntry>();
  for (const source of sources) {
    for (const citation of source.data.citedAs) {
      const key = numberKey(citation.article.id, citation.list, citation.number);
      if (numbered.has(key)) continue;
      numbered.set(key, {
        number: citation.number,
        source,
        printed: citation.printed,
        ...(citation.list === 'references' ? { printedTransliterated: citation.printedTransliterated } : {}),
      });
    }
  }
  return numbered;
}

/** Every footnote or reference number a source claims that an earlier source already prints. */
export function findDuplicateNumbers(sources: Entry<'sources'>[]): ContentProblem[] {
  const claimants = new Map<string, string>();
  return sources.flatMap((source) =>
    source.data.citedAs.flatMap((citation, index) => {
      const key = numberKey(citation.article.id, citation.list, citation.number);
      const claimant = claimants.get(key);
      if (claimant === undefined) {
        claimants.set(key, source.id);
        return [];
      }
      return [
        {
          file: fileOf(source),
          field: `citedAs[${index}]`,
          reason: `${citation.list} ${citation.number} of ${citation.article.id} is already printed by source "${claimant}"`,
        },
      ];
    }),
  );
}

/**
 * Each article's two lists in number order, sorted once (pages and locator checks ask for them
 * again and again); the answer is a fresh copy.
 */
export function numberedLists(
  numbered: Map<string, NumberedEntry>,
): (article: string, list: NumberedList) => NumberedEntry[] {
  const lists = new Map<string, NumberedEntry[]>();
  for (const [key, entry] of numbered) {
    const list = key.slice(0, key.lastIndexOf(':'));
    lists.set(list, [...(lists.get(list) ?? []), entry]);
  }
  for (const entries of lists.values()) entries.sort((a, b) => a.number - b.number);
  return (article, list) => [...(lists.get(`${article}:${list}`) ?? [])];
}
