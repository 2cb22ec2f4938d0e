import { list, phrase, type Phrase } from '../../../i18n/phrase';
import { trackingParameters } from '../../tracking-parameters';
import { extractUrls } from '../text';
import { finding, type Finding, type FindingEntity, type Rule } from '../types';
import { listedEntries, placeLabel } from './shared';

/**
 * An address with campaign or click parameters (`utm_source=…`, `fbclid`, `gclid`: see
 * `trackingParameters`) records how someone reached the page, not which page it is; printed in a
 * citation it leaks that history and makes one document look like several. View-state parameters
 * (where a viewer was scrolled to: `pos=24;-53` on online.zakon.kz, in the query or as the whole
 * fragment, `#pos`) likewise name a reading position, not a document. Checked: each source's
 * `url` and the addresses in its printed footnotes and references, each norm's and organisation's
 * official `url`. One finding per entry, naming every place and parameter.
 */
export const trackingParametersRule: Rule = {
  id: 'tracking-parameters',
  severity: 'info',
  check(graph) {
    const findings: Finding[] = [];
    const report = (entity: FindingEntity, name: string, places: { place: Phrase; url: string }[]) => {
      const found = places.flatMap(({ place, url }) => {
        const parameters = trackingParameters(url);
        return parameters.length > 0 ? [{ place, parameters }] : [];
      });
      if (found.length === 0) return;
      const listed = found.map(({ place, parameters }) =>
        phrase('audit.tracking.place', { place, parameters: list(parameters) }),
      );
      findings.push(
        finding(trackingParametersRule, phrase('audit.tracking', { name, places: list(listed, '; ') }), [
          entity,
        ]),
      );
    };

    const entries = listedEntries(graph);
    for (const source of graph.collections.sources) {
      const places = source.data.url ? [{ place: phrase('audit.place.urlField'), url: source.data.url }] : [];
      for (const listed of entries.filter((e) => e.entry.source.id === source.id)) {
        const place = placeLabel(listed);
        const { printed, printedTransliterated } = listed.entry;
        places.push(...extractUrls(printed).map((url) => ({ place, url })));
        if (printedTransliterated !== undefined)
          places.push(
            ...extractUrls(printedTransliterated).map((url) => ({
              place: phrase('audit.place.transliterated', { place }),
              url,
            })),
          );
      }
      report({ collection: 'sources', id: source.id }, source.data.title, places);
    }
    const official = phrase('audit.place.officialUrl');
    for (const norm of graph.collections.norms) {
      const { url } = norm.data.official;
      if (url)
        report({ collection: 'norms', id: norm.id }, norm.data.shortTitle.ru, [{ place: official, url }]);
    }
    for (const organization of graph.collections.organizations) {
      const { url } = organization.data;
      if (url)
        report({ collection: 'organizations', id: organization.id }, organization.data.name.ru, [
          { place: official, url },
        ]);
    }
    return findings;
  },
};
