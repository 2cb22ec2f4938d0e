import { list, perLanguage, phrase } from '../../../i18n/phrase';
import { formatDate, formatTerritory } from '../../format';
import type { Graph } from '../../graph';
import { finding, type Finding, type Rule } from '../types';

/** The reference time of a figure as a key and as words. */
function timeOf(at: Graph['collections']['statistics'][number]['data']['at']) {
  return at.kind === 'year'
    ? { key: `year:${at.year}`, words: phrase('audit.sameQuantity.year', { year: at.year }) }
    : { key: `date:${at.date}`, words: perLanguage((lang) => formatDate(at.date, lang)) };
}

/**
 * Two figures that count the same thing (`measure`) for the same territory (`geography`) at the
 * same time (one year, or one day) must have the same value. Figures of different articles are
 * compared too: two articles giving one quantity differently is as much a problem as one article
 * giving it twice. Values are compared with their units, as encoded. The message names the quantity
 * by what the first figure counts (its editorial `counts`), never by the measure's internal key.
 */
export const sameQuantityDifferentValues: Rule = {
  id: 'same-quantity-different-values',
  severity: 'error',
  check(graph) {
    const groups = new Map<string, Graph['collections']['statistics']>();
    for (const statistic of graph.collections.statistics) {
      const { measure, geography, at } = statistic.data;
      const key = [measure, geography, timeOf(at).key].join('|');
      groups.set(key, [...(groups.get(key) ?? []), statistic]);
    }
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      const values = new Set(group.map((s) => `${s.data.value} ${s.data.unit}`));
      if (values.size < 2) continue;
      const [first] = group;
      if (!first) continue;
      const { counts, geography, at } = first.data;
      const printed = list(group.map((s) => `«${s.data.printedValue}»`));
      findings.push(
        finding(
          sameQuantityDifferentValues,
          phrase('audit.sameQuantity', {
            measure: counts,
            geography: perLanguage((lang) => formatTerritory(geography, lang)),
            time: timeOf(at).words,
            values: printed,
          }),
          group.map((s) => ({ collection: 'statistics', id: s.id })),
          group.flatMap(({ data: { sentence } }) =>
            sentence.locator.in === 'body'
              ? [{ section: sentence.locator.section.id, paragraph: sentence.locator.paragraph }]
              : [],
          ),
        ),
      );
    }
    return findings;
  },
};
