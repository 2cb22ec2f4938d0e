import { list, phrase } from '../../../i18n/phrase';
import { finding, type Finding, type Rule } from '../types';
import { citingParagraphs, listedEntries, placeLabel, type ListedEntry } from './shared';

/**
 * A footnote that repeats an earlier footnote of the same article word for word is a redundancy:
 * a second marker should point at the first note (or an «Там же»). Printed texts are compared
 * after collapsing whitespace; one finding per group of identical footnotes.
 */
export const footnoteRepeated: Rule = {
  id: 'footnote-repeated',
  severity: 'info',
  check(graph) {
    const groups = new Map<string, ListedEntry[]>();
    for (const listed of listedEntries(graph)) {
      if (listed.list !== 'footnotes') continue;
      const key = `${listed.article}\n${listed.entry.printed.replace(/\s+/g, ' ').trim()}`;
      groups.set(key, [...(groups.get(key) ?? []), listed]);
    }
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      findings.push(
        finding(
          footnoteRepeated,
          phrase('audit.footnoteRepeated', { places: list(group.map(placeLabel)) }),
          group.map(({ entry }) => ({ collection: 'sources', id: entry.source.id })),
          group.flatMap((listed) => citingParagraphs(graph, listed)),
        ),
      );
    }
    return findings;
  },
};
