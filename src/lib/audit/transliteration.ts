/**
 * The two transliteration schemes the article's data shows, as tables, and a word-by-word
 * comparison of a transliteration with what a scheme gives.
 */

/**
 * The scheme of the article's own «References» list, worked out from its entries (it is the one
 * translit.net calls "ISO 9 (lite)", common in Russian journals): й j («trudovoj»), х h («Hamzin»),
 * ц c («migracii»), щ shh («zashhita»), э je («jekonomicheskie»), ю ju («Jurisprudencija»),
 * я ja («Nelegal'naja»), ы y («trudovyh»), ь ' («social'noj»), ъ # («ob#edinenij»). ё is not
 * attested; jo is the same scheme's letter for it.
 */
// prettier-ignore
export const REFERENCES_SCHEME: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'zh', з: 'z', и: 'i', й: 'j',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'shh', ъ: '#', ы: 'y', ь: "'", э: 'je', ю: 'ju', я: 'ja',
};

/**
 * The scheme of CyberLeninka's address slugs, worked out from the four slugs the article prints
 * («mezhdunarodnaya-zaschita-prav-trudyaschihsya-migrantov…», «…evraziyskogo-ekonomicheskogo-
 * soyuza…», «…sotsialnoy-zaschity…obedineniy»): й y, х h, ц ts, щ sch, э e, ю yu, я ya, ы y; the
 * signs ъ ь are dropped. ё is not attested; e is what such slugs usually give.
 */
// prettier-ignore
export const SLUG_SCHEME: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** `text` in lower case, each Russian letter replaced by its letters in `scheme`, the rest kept. */
export function transliterate(text: string, scheme: Readonly<Record<string, string>>): string {
  return [...text.toLowerCase()].map((char) => scheme[char] ?? char).join('');
}

/**
 * The words of a printed entry, in order: runs of letters and digits, with the marks the schemes
 * use for the signs (`'`, `#`) and hyphens inside a word («трудящихся-мигрантов», «73-81») kept;
 * punctuation, dashes between spaces and «№» go.
 */
export function words(text: string): string[] {
  return text.replaceAll('’', "'").match(/[\p{L}\p{N}'#]+(?:-[\p{L}\p{N}'#]+)*/gu) ?? [];
}

/** A run of words where two texts part: the expected words and the words actually there. */
export interface WordDifference {
  /** The source words (e.g. Russian) the run stands for; empty for words the other text adds. */
  source: string[];
  /** What the scheme gives for them. */
  expected: string[];
  /** What is printed instead; empty for words the other text leaves out. */
  printed: string[];
}

/**
 * Where `printed` departs from `source` transliterated word by word with `scheme` (case aside):
 * the longest common run of words is matched, and each stretch between matches is one
 * difference, so a lost hyphen («trudjashhihsja migrantov») is one difference, not two.
 */
export function wordDifferences(
  source: readonly string[],
  printed: readonly string[],
  scheme: Readonly<Record<string, string>>,
): WordDifference[] {
  const expected = source.map((word) => transliterate(word, scheme));
  const actual = printed.map((word) => word.toLowerCase());
  // lcs[i][j]: the longest common subsequence of expected[i..] and actual[j..].
  const lcs = Array.from({ length: expected.length + 1 }, () => new Array<number>(actual.length + 1).fill(0));
  for (let i = expected.length - 1; i >= 0; i--)
    for (let j = actual.length - 1; j >= 0; j--)
      lcs[i]![j] =
        expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const differences: WordDifference[] = [];
  let open: WordDifference | undefined;
  const close = () => {
    if (open) differences.push(open);
    open = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < expected.length || j < actual.length) {
    if (i < expected.length && j < actual.length && expected[i] === actual[j]) {
      close();
      i++;
      j++;
    } else {
      open ??= { source: [], expected: [], printed: [] };
      if (j >= actual.length || (i < expected.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
        open.source.push(source[i]!);
        open.expected.push(expected[i]!);
        i++;
      } else {
        open.printed.push(printed[j]!);
        j++;
      }
    }
  }
  close();
  return differences;
}
