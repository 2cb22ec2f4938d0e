import { extractUrls } from '../text';
import { REFERENCES_SCHEME, wordDifferences, words, type WordDifference } from '../transliteration';
import { finding, type Finding, type Rule } from '../types';
import type { NumberedEntry } from '../../graph';

/** The words of a printed entry, its addresses left out (the address rule compares those). */
const entryWords = (text: string) =>
  words(extractUrls(text).reduce((rest, url) => rest.replace(url, ' '), text));

/** «теневой рынок труда» → «tenevoj rynok truda», напечатано «tenevoj rynek truda». */
function describe(difference: WordDifference): { ru: string; en: string } {
  const quote = (list: string[]) => `«${list.join(' ')}»`;
  const { source, expected, printed } = difference;
  if (source.length === 0) return { ru: `лишнее ${quote(printed)}`, en: `${quote(printed)} added` };
  if (printed.length === 0)
    return {
      ru: `${quote(source)} пропущено (ожидалось ${quote(expected)})`,
      en: `${quote(source)} left out (expected ${quote(expected)})`,
    };
  return {
    ru: `${quote(source)}: ожидалось ${quote(expected)}, напечатано ${quote(printed)}`,
    en: `${quote(source)}: expected ${quote(expected)}, printed ${quote(printed)}`,
  };
}

const differenceKey = (d: WordDifference) => `${d.expected.join(' ')}→${d.printed.join(' ')}`;

/**
 * Each numbered reference is printed in Russian («Список использованных источников», `printed`)
 * and transliterated («References», `printedTransliterated`). The rule transliterates the Russian
 * entry word by word with the list's own scheme (`REFERENCES_SCHEME`) and reports every word the
 * printed transliteration renders otherwise, adds or leaves out (addresses aside, case and
 * punctuation aside). Where the same departure recurs in several entries (a formula of the list
 * such as «(data obrashcheniya: …)»), it is reported once, about all of them, instead of in each.
 */
export const referencesTransliteration: Rule = {
  id: 'references-transliteration',
  severity: 'info',
  check(graph) {
    const perEntry: { entry: NumberedEntry; differences: WordDifference[] }[] = [];
    for (const article of graph.collections.articles)
      for (const entry of graph.references(article.id)) {
        if (entry.printedTransliterated === undefined) continue;
        const differences = wordDifferences(
          entryWords(entry.printed),
          entryWords(entry.printedTransliterated),
          REFERENCES_SCHEME,
        );
        if (differences.length > 0) perEntry.push({ entry, differences });
      }

    const entriesWith = new Map<string, { difference: WordDifference; entries: NumberedEntry[] }>();
    for (const { entry, differences } of perEntry)
      for (const difference of differences) {
        const key = differenceKey(difference);
        const known = entriesWith.get(key) ?? { difference, entries: [] };
        if (!known.entries.includes(entry)) known.entries.push(entry);
        entriesWith.set(key, known);
      }
    const recurring = (d: WordDifference) => (entriesWith.get(differenceKey(d))?.entries.length ?? 0) > 1;

    const findings: Finding[] = [];
    for (const { difference, entries } of entriesWith.values()) {
      if (entries.length < 2) continue;
      const { ru, en } = describe(difference);
      const numbers = entries.map((e) => e.number).join(', ');
      findings.push(
        finding(
          referencesTransliteration,
          {
            ru: `References, источники ${numbers}: одно и то же отступление от системы транслитерации списка: ${ru}.`,
            en: `References, entries ${numbers}: the same departure from the list's transliteration scheme: ${en}.`,
          },
          entries.map((e) => ({ collection: 'sources' as const, id: e.source.id })),
        ),
      );
    }
    for (const { entry, differences } of perEntry) {
      const own = differences.filter((d) => !recurring(d)).map(describe);
      if (own.length === 0) continue;
      findings.push(
        finding(
          referencesTransliteration,
          {
            ru: `Источник ${entry.number}: в References транслитерация расходится с системой самого списка: ${own.map((d) => d.ru).join('; ')}.`,
            en: `Reference ${entry.number}: References departs from the list's own transliteration scheme: ${own.map((d) => d.en).join('; ')}.`,
          },
          [{ collection: 'sources', id: entry.source.id }],
        ),
      );
    }
    return findings;
  },
};
