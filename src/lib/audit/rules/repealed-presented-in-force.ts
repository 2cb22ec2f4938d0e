import { perLanguage, phrase } from '../../../i18n/phrase';
import { statusDate } from '../../norm-status';
import { finding, type Finding, type Rule } from '../types';
import { listedEntries } from './shared';

/** Words by which a printed citation itself says the act is no longer in force. */
const SAYS_REPEALED = /утратил\p{L}*\s+силу|признан\p{L}*\s+утратившим|repealed|no longer in force/iu;

/**
 * A reader takes an act the article cites in its body as current law. Where the editors found the
 * act repealed or replaced (`official.status.state`), the article's reliance on it needs a caveat.
 * Approximated by rule: the norm is repealed or replaced and the body cites or mentions it
 * (`graph.citedIn('norms', id)` is not empty), unless a footnote or reference printing the act
 * says itself that it lost force (then the article does not present it as current).
 */
export const repealedPresentedInForce: Rule = {
  id: 'repealed-presented-in-force',
  severity: 'warning',
  check(graph) {
    const entries = listedEntries(graph);
    const findings: Finding[] = [];
    for (const norm of graph.collections.norms) {
      const found = norm.data.official.status;
      if (found.state !== 'repealed' && found.state !== 'replaced') continue;
      const { state, since, by } = found;
      const sites = graph.citedIn('norms', norm.id);
      if (sites.length === 0) continue;
      const acknowledged = entries.some(
        ({ entry }) =>
          entry.source.data.kind === 'legal-act' &&
          entry.source.data.norm.id === norm.id &&
          SAYS_REPEALED.test(`${entry.printed} ${entry.printedTransliterated ?? ''}`),
      );
      if (acknowledged) continue;
      const word = phrase(state === 'repealed' ? 'audit.repealed.repealed' : 'audit.repealed.replaced');
      const dated = since
        ? phrase('audit.repealed.since', {
            status: word,
            date: perLanguage((lang) => statusDate(since, lang)),
          })
        : word;
      const status = by
        ? phrase('audit.repealed.by', {
            status: dated,
            successor: graph.entry('norms', by.id).data.shortTitle,
          })
        : dated;
      findings.push(
        finding(
          repealedPresentedInForce,
          phrase('audit.repealed', { name: norm.data.shortTitle, status, count: sites.length }),
          [
            { collection: 'norms', id: norm.id },
            ...(by ? [{ collection: 'norms' as const, id: by.id }] : []),
          ],
          sites.map((s) => ({ section: s.section.id, paragraph: s.paragraph })),
        ),
      );
    }
    return findings;
  },
};
