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
      const ru: string[] = [];
      const en: string[] = [];
      const paragraphs: FindingParagraph[] = [];

      const hasAddress =
        source.data.url !== null || printedForms.some((text) => extractUrls(text).length > 0);
      if (DATED_KINDS.has(source.data.kind) && hasAddress && source.data.accessed === null) {
        ru.push('адрес напечатан без даты обращения');
        en.push('the address is printed with no access date');
      }
      for (const listed of own) {
        const { printed, printedTransliterated = '' } = listed.entry;
        if (!hasEmptyUrlLabel(printed) && !hasEmptyUrlLabel(printedTransliterated)) continue;
        const place = placeLabel(listed);
        const missing = source.data.url === null;
        ru.push(`${place.ru}: после «URL:» адреса нет${missing ? ' (адреса нет и в данных источника)' : ''}`);
        en.push(
          `${place.en}: «URL:» is followed by no address${missing ? ' (and the source has no url)' : ''}`,
        );
        paragraphs.push(...citingParagraphs(graph, listed));
      }

      if (ru.length === 0) continue;
      findings.push(
        finding(
          webSourceIncomplete,
          {
            ru: `Источник «${source.data.title}» описан неполно: ${ru.join('; ')}.`,
            en: `The source «${source.data.title}» is described incompletely: ${en.join('; ')}.`,
          },
          [{ collection: 'sources', id: source.id }],
          paragraphs,
        ),
      );
    }
    return findings;
  },
};
