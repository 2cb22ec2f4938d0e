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
    const describe = (code: string, expected: string) => {
      const owner = byCode.get(code);
      if (code.replace(/_$/, '') === expected.replace(/_$/, ''))
        return {
          ru: 'отличается только знаком подчёркивания в конце',
          en: 'differs only by the trailing underscore',
        };
      if (owner) {
        const name = graph.entry('norms', owner).data.shortTitle;
        return {
          ru: `это код другого акта: ${name.ru}`,
          en: `that is the code of another act: ${name.en ?? name.ru}`,
        };
      }
      return { ru: 'такого кода нет ни у одного акта в данных', en: 'no act in the data has that code' };
    };
    const findings: Finding[] = [];

    for (const source of graph.collections.sources) {
      if (source.data.kind !== 'legal-act') continue;
      const norm = graph.entry('norms', source.data.norm.id);
      const expected = norm.data.official.adiletCode;
      if (!expected) continue;
      const entries = listedEntries(graph).filter((e) => e.entry.source.id === source.id);
      // Each wrong code once, with every place that prints it.
      const wrong = new Map<string, { places: { ru: string[]; en: string[] }; entries: ListedEntry[] }>();
      const add = (url: string, place: { ru: string; en: string }, entry?: ListedEntry) => {
        const code = adiletCodeOf(url);
        if (code === undefined || code === expected) return;
        const seen = wrong.get(code) ?? { places: { ru: [], en: [] }, entries: [] };
        if (!seen.places.ru.includes(place.ru)) {
          seen.places.ru.push(place.ru);
          seen.places.en.push(place.en);
        }
        if (entry) seen.entries.push(entry);
        wrong.set(code, seen);
      };
      if (source.data.url) add(source.data.url, { ru: 'поле url', en: 'the url field' });
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
            {
              ru: `Адрес источника «${source.data.title}» (${places.ru.join(', ')}) ведёт к документу ${code} в «Әділет», а код акта — ${expected}: ${why.ru}.`,
              en: `The address of the source «${source.data.title}» (${places.en.join(', ')}) leads to document ${code} in Adilet, while the act's code is ${expected}: ${why.en}.`,
            },
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
          {
            ru: `Официальный адрес нормы «${norm.data.shortTitle.ru}» ведёт к документу ${code} в «Әділет», а её код — ${adiletCode}: ${why.ru}.`,
            en: `The official address of «${norm.data.shortTitle.en ?? norm.data.shortTitle.ru}» leads to document ${code} in Adilet, while its code is ${adiletCode}: ${why.en}.`,
          },
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
