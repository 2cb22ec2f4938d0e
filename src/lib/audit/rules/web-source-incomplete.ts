import { list, phrase, type Phrase } from '../../../i18n/phrase';
import { extractUrls, hasEmptyUrlLabel } from '../text';
import { finding, type Finding, type FindingParagraph, type Rule } from '../types';
import { citingParagraphs, listedEntries, placeLabel } from './shared';

/** Kinds whose printed address needs the date it was read (GOST 7.0.100: «дата обращения»). */
const DATED_KINDS = new Set(['web-page', 'report', 'journal-article']);

/**
 * An electronic resource is cited with its address and the date it was consulted: a web page,
 * report or journal article that prints an address (its `url`, or one in any printed form) needs
 * `accessed`. And wherever a footnote or reference announces an address («URL:»), one must follow;
 * an empty label is reported whatever the kind, with whether the source has a `url` at all.
 * One finding per source, naming each problem.
 */
export const webSourceIncomplete: Rule = {
  id: 'web-source-incomplete',
  severity: 'warning',
  check(graph) {
    const entries = listedEntries(graph);
    const findings: Finding[] = [];
    for (const source of graph.collections.sources) {
      const own = entries.filter((e) => e.entry.source.id === source.id);
      const printedForms = own.flatMap(({ entry }) => [entry.printed, entry.printedTransliterated ?? '']);
      const problems: Phrase[] = [];
      const paragraphs: FindingParagraph[] = [];

      const hasAddress =
        source.data.url !== null || printedForms.some((text) => extractUrls(text).length > 0);
      if (DATED_KINDS.has(source.data.kind) && hasAddress && source.data.accessed === null) {
        problems.push(phrase('audit.web.noAccessDate'));
      }
      for (const listed of own) {
        const { printed, printedTransliterated = '' } = listed.entry;
        if (!hasEmptyUrlLabel(printed) && !hasEmptyUrlLabel(printedTransliterated)) continue;
        const key = source.data.url === null ? 'audit.web.emptyUrlNoData' : 'audit.web.emptyUrl';
        problems.push(phrase(key, { place: placeLabel(listed) }));
        paragraphs.push(...citingParagraphs(graph, listed));
      }

      if (problems.length === 0) continue;
      findings.push(
        finding(
          webSourceIncomplete,
          phrase('audit.web', { title: source.data.title, problems: list(problems, '; ') }),
          [{ collection: 'sources', id: source.id }],
          paragraphs,
        ),
      );
    }
    return findings;
  },
};
