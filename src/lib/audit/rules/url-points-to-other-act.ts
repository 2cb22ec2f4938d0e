import { list, phrase, type Phrase } from '../../../i18n/phrase';
import { adiletCodeOf, extractUrls } from '../text';
import { finding, type Finding, type FindingEntity, type Rule } from '../types';
import { citingParagraphs, listedEntries, placeLabel, type ListedEntry } from './shared';

/**
 * A legal act's address in the Adilet database names the act by its document code
 * (`…/docs/Z1100000477`). Where a legal-act source's address — its `url` or any address printed in
 * its footnotes and references — carries a code other than its norm's `official.adiletCode`, the
 * link leads elsewhere: to another act, or nowhere. Codes are compared exactly, so a code missing
 * its trailing underscore (`U070000399` for `U070000399_`) counts as different. The norm's own
 * `official.url` is held to the same code. Norms without an Adilet code are not checked.
 */
export const urlPointsToOtherAct: Rule = {
  id: 'url-points-to-other-act',
  severity: 'error',
  check(graph) {
    const byCode = new Map(
      graph.collections.norms.flatMap((n) =>
        n.data.official.adiletCode ? [[n.data.official.adiletCode, n.id]] : [],
      ),
    );
    const describe = (code: string, expected: string): Phrase => {
      const owner = byCode.get(code);
      if (code.replace(/_$/, '') === expected.replace(/_$/, '')) return phrase('audit.otherAct.underscore');
      if (owner) return phrase('audit.otherAct.owner', { name: graph.entry('norms', owner).data.shortTitle });
      return phrase('audit.otherAct.unknown');
    };
    const findings: Finding[] = [];

    for (const source of graph.collections.sources) {
      if (source.data.kind !== 'legal-act') continue;
      const norm = graph.entry('norms', source.data.norm.id);
      const expected = norm.data.official.adiletCode;
      if (!expected) continue;
      const entries = listedEntries(graph).filter((e) => e.entry.source.id === source.id);
      // Each wrong code once, with every place that prints it.
      const wrong = new Map<string, { places: Phrase[]; entries: ListedEntry[] }>();
      const add = (url: string, place: Phrase, entry?: ListedEntry) => {
        const code = adiletCodeOf(url);
        if (code === undefined || code === expected) return;
        const seen = wrong.get(code) ?? { places: [], entries: [] };
        const same = JSON.stringify(place);
        if (!seen.places.some((known) => JSON.stringify(known) === same)) seen.places.push(place);
        if (entry) seen.entries.push(entry);
        wrong.set(code, seen);
      };
      if (source.data.url) add(source.data.url, phrase('audit.place.urlField'));
      for (const listed of entries) {
        const { printed, printedTransliterated = '' } = listed.entry;
        for (const url of [printed, printedTransliterated].flatMap(extractUrls))
          add(url, placeLabel(listed), listed);
      }
      for (const [code, { places, entries: printing }] of wrong) {
        const why = describe(code, expected);
        const about: FindingEntity[] = [
          { collection: 'sources', id: source.id },
          { collection: 'norms', id: norm.id },
        ];
        const owner = byCode.get(code);
        if (owner) about.push({ collection: 'norms', id: owner });
        findings.push(
          finding(
            urlPointsToOtherAct,
            phrase('audit.otherAct.source', {
              title: source.data.title,
              places: list(places),
              code,
              expected,
              why,
            }),
            about,
            printing.flatMap((entry) => citingParagraphs(graph, entry)),
          ),
        );
      }
    }

    for (const norm of graph.collections.norms) {
      const { adiletCode, url } = norm.data.official;
      const code = url === undefined ? undefined : adiletCodeOf(url);
      if (!adiletCode || code === undefined || code === adiletCode) continue;
      const why = describe(code, adiletCode);
      findings.push(
        finding(
          urlPointsToOtherAct,
          phrase('audit.otherAct.norm', { name: norm.data.shortTitle, code, expected: adiletCode, why }),
          [
            { collection: 'norms', id: norm.id },
            ...(byCode.has(code) ? [{ collection: 'norms' as const, id: byCode.get(code) ?? '' }] : []),
          ],
        ),
      );
    }
    return findings;
  },
};
