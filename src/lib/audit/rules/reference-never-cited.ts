import { phrase } from '../../../i18n/phrase';
import { finding, type Finding, type Rule } from '../types';
import { listedEntries } from './shared';

/**
 * Every footnote and numbered reference is there to be cited: a footnote whose marker stands
 * nowhere in the body, or a reference no bracket citation names, is a slip (a lost marker, a
 * renumbering). The other direction — a citation of a number no source prints — already stops the
 * build in `buildGraph`, so only this one is left to the audit.
 */
export const referenceNeverCited: Rule = {
  id: 'reference-never-cited',
  severity: 'warning',
  check(graph) {
    const findings: Finding[] = [];
    for (const listed of listedEntries(graph)) {
      const cited = graph.sections(listed.article).some(({ id }) => {
        const bySection = graph.citedBySection(id);
        return (listed.list === 'footnotes' ? bySection.footnotes : bySection.references).some(
          (e) => e.number === listed.entry.number,
        );
      });
      if (cited) continue;
      findings.push(
        finding(
          referenceNeverCited,
          phrase(listed.list === 'footnotes' ? 'audit.neverCited.footnote' : 'audit.neverCited.reference', {
            number: listed.entry.number,
            title: listed.entry.source.data.title,
          }),
          [
            { collection: 'sources', id: listed.entry.source.id },
            { collection: 'articles', id: listed.article },
          ],
        ),
      );
    }
    return findings;
  },
};
