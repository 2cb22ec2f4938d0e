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
        const ru: string[] = [];
        const en: string[] = [];

        const urlsRu = extractUrls(entry.printed);
        const urlsTr = extractUrls(translit);
        if (urlsRu.join(' ') !== urlsTr.join(' ')) {
          const list = (urls: string[]) => (urls.length > 0 ? urls.join(', ') : '—');
          ru.push(`адрес в русском списке ${list(urlsRu)}, в References ${list(urlsTr)}`);
          en.push(`the address is ${list(urlsRu)} in the Russian list and ${list(urlsTr)} in References`);
        }

        const surnamesRu = leadingSurnames(entry.printed);
        const surnamesTr = leadingSurnames(translit);
        if (surnamesRu.length !== surnamesTr.length) {
          ru.push(`авторов в русском списке ${surnamesRu.length}, в References ${surnamesTr.length}`);
          en.push(`${surnamesRu.length} author(s) in the Russian list, ${surnamesTr.length} in References`);
        } else {
          surnamesRu.forEach((surname, i) => {
            const printed = surnamesTr[i] ?? '';
            if (transliterationDistance(surname, printed) === 0) return;
            const expected = transliterations(surname)[0] ?? surname;
            const shown = expected.charAt(0).toUpperCase() + expected.slice(1);
            ru.push(
              `фамилия «${surname}» транслитерирована как «${printed}» (ожидалось, например, «${shown}»)`,
            );
            en.push(`the surname «${surname}» is transliterated «${printed}» (expected e.g. «${shown}»)`);
          });
        }

        const cyrillic = [...new Set(translit.match(/\p{Script=Cyrillic}+/gu) ?? [])];
        if (cyrillic.length > 0) {
          const words = cyrillic.map((word) => `«${word}»`).join(', ');
          ru.push(`в References остались кириллицей ${words}`);
          en.push(`References leaves ${words} in Cyrillic`);
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
          const percent = Math.round(share * 100);
          ru.push(`записи расходятся на ${percent} % букв и, по-видимому, описывают разные работы`);
          en.push(`the entries differ in ${percent} % of their letters and seem to describe different works`);
        }

        if (ru.length === 0) continue;
        findings.push(
          finding(
            printedFormsDiffer,
            {
              ru: `Источник ${entry.number}: русская и транслитерированная записи расходятся: ${ru.join('; ')}.`,
              en: `Reference ${entry.number}: the Russian and transliterated entries differ: ${en.join('; ')}.`,
            },
            [{ collection: 'sources', id: entry.source.id }],
          ),
        );
      }
    }
    return findings;
  },
};
