import { list, phrase, type Phrase } from '../../../i18n/phrase';
import { extractUrls } from '../text';
import { REFERENCES_SCHEME, wordDifferences, words, type WordDifference } from '../transliteration';
import { finding, type Finding, type Rule } from '../types';
import type { NumberedEntry } from '../../graph';

/** The words of a printed entry, its addresses left out (the address rule compares those). */
const entryWords = (text: string) =>
  words(extractUrls(text).reduce((rest, url) => rest.replace(url, ' '), text));

/** «теневой рынок труда» → «tenevoj rynok truda», напечатано «tenevoj rynek truda». */
function describe(difference: WordDifference): Phrase {
  const quote = (words: string[]) => `«${words.join(' ')}»`;
  const { source, expected, printed } = difference;
  if (source.length === 0) return phrase('audit.transliteration.added', { printed: quote(printed) });
  if (printed.length === 0)
    return phrase('audit.transliteration.missing', { source: quote(source), expected: quote(expected) });
  return phrase('audit.transliteration.differs', {
    source: quote(source),
    expected: quote(expected),
    printed: quote(printed),
  });
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
      const numbers = list(entries.map((e) => e.number));
      findings.push(
        finding(
          referencesTransliteration,
          phrase('audit.transliteration.recurring', { numbers, difference: describe(difference) }),
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
          phrase('audit.transliteration.own', { number: entry.number, differences: list(own, '; ') }),
          [{ collection: 'sources', id: entry.source.id }],
        ),
      );
    }
    return findings;
  },
};
