import { list, phrase, type Phrase } from '../../../i18n/phrase';
import {
  editDistance,
  extractUrls,
  normaliseLatin,
  transliterationDistance,
  transliterations,
} from '../text';
import { finding, type Finding, type Rule } from '../types';

/** An author at the head of a printed entry: a surname, then initials («Хамзин А.Ш.», «Chaava M. Z.»). */
const AUTHOR = /^\s*([^\s,.]+)\s+((?:\p{Lu}\p{Ll}?\.\s?)+)\s*(?:,|(?=\S))/u;

/** The surnames of the authors a printed entry opens with, in order. */
export function leadingSurnames(printed: string): string[] {
  const surnames: string[] = [];
  let rest = printed;
  for (let match = AUTHOR.exec(rest); match; match = AUTHOR.exec(rest)) {
    surnames.push(match[1] ?? '');
    rest = rest.slice(match[0].length);
  }
  return surnames;
}

/** Above this share of differing letters, two entries are renderings of different works. */
const DIFFERENT_WORK = 0.3;

/**
 * A numbered reference is printed twice: in Russian («Список использованных источников») and
 * transliterated («References»). Both must describe one work at one address:
 *
 * - **Addresses.** The URLs of both forms, read off the printed text, must be the same.
 * - **Authors.** Each Russian surname, transliterated, must match the surname at the same place in
 *   the transliterated entry. Surnames are transliterated letter by letter under three common
 *   schemes (see `transliterations`), so a correct rendering matches one of them exactly once
 *   normalised; any letter none of them explains (edit distance ≥ 1) is a slip, and a different
 *   number of authors is a mismatch.
 * - **Script.** A transliterated entry has no Cyrillic left in it: words still in Cyrillic were
 *   not transliterated.
 * - **The whole entry.** Entries carry free variation no table predicts (punctuation, a
 *   hand-typed «data obrashcheniya», a repeated label), so only a large distance counts: when more
 *   than 30 % of the letters differ under the closest scheme, the two entries describe different
 *   works.
 */
export const printedFormsDiffer: Rule = {
  id: 'printed-forms-differ',
  severity: 'warning',
  check(graph) {
    const findings: Finding[] = [];
    for (const article of graph.collections.articles) {
      for (const entry of graph.references(article.id)) {
        const translit = entry.printedTransliterated;
        if (translit === undefined) continue;
        const differences: Phrase[] = [];

        const urlsRu = extractUrls(entry.printed);
        const urlsTr = extractUrls(translit);
        if (urlsRu.join(' ') !== urlsTr.join(' ')) {
          const shown = (urls: string[]) => list(urls.length > 0 ? urls : ['—']);
          differences.push(phrase('audit.printedForms.urls', { ru: shown(urlsRu), translit: shown(urlsTr) }));
        }

        const surnamesRu = leadingSurnames(entry.printed);
        const surnamesTr = leadingSurnames(translit);
        if (surnamesRu.length !== surnamesTr.length) {
          differences.push(
            phrase('audit.printedForms.authors', { count: surnamesRu.length, translit: surnamesTr.length }),
          );
        } else {
          surnamesRu.forEach((surname, i) => {
            const printed = surnamesTr[i] ?? '';
            if (transliterationDistance(surname, printed) === 0) return;
            const expected = transliterations(surname)[0] ?? surname;
            const shown = expected.charAt(0).toUpperCase() + expected.slice(1);
            differences.push(phrase('audit.printedForms.surname', { surname, printed, expected: shown }));
          });
        }

        const cyrillic = [...new Set(translit.match(/\p{Script=Cyrillic}+/gu) ?? [])];
        if (cyrillic.length > 0) {
          const words = list(cyrillic.map((word) => `«${word}»`));
          differences.push(phrase('audit.printedForms.cyrillic', { words }));
        }

        const strip = (text: string) => extractUrls(text).reduce((rest, url) => rest.replace(url, ''), text);
        const target = normaliseLatin(strip(translit));
        const share = Math.min(
          ...transliterations(strip(entry.printed)).map((form) => {
            const normalised = normaliseLatin(form);
            return editDistance(normalised, target) / Math.max(normalised.length, target.length, 1);
          }),
        );
        if (share > DIFFERENT_WORK) {
          differences.push(phrase('audit.printedForms.differentWorks', { percent: Math.round(share * 100) }));
        }

        if (differences.length === 0) continue;
        findings.push(
          finding(
            printedFormsDiffer,
            phrase('audit.printedForms', {
              number: entry.number,
              differences: list(differences, '; '),
            }),
            [{ collection: 'sources', id: entry.source.id }],
          ),
        );
      }
    }
    return findings;
  },
};
