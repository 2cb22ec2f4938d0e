import { searchStem } from './word-forms';

/**
 * Signs that legal citations carry but the index does not (it keeps words only): «№ 97» and
 * «ст. 24» are searched as «97» and «24». A number of five or more digits is searched as the
 * site prints it, in groups of three («15129» finds «15 129», whose thin space splits it in two).
 */
export function normalizeQuery(query: string): string {
  return query
    .replace(/№|§/gu, ' ')
    .replace(/(^|\s)(ст|п|пп|ч)\.(?=\s|\d)/giu, '$1')
    .replace(/(?<![\p{L}\p{N}./-])\d{5,}(?![\p{L}\p{N}./-])/gu, (digits) =>
      digits.replace(/\B(?=(\d{3})+$)/gu, ' '),
    )
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Words that every page has and no reader means: dropped from a query that has other words
 * («закон о миграции населения» is searched as «закон миграции населения»).
 */
const FUNCTION_WORDS = new Set(
  [
    ...['в', 'во', 'на', 'о', 'об', 'и', 'по', 'от', 'до', 'для', 'с', 'со', 'к', 'из', 'за', 'у', 'а'],
    ...['және', 'мен', 'туралы', 'үшін'],
    ...['of', 'the', 'a', 'an', 'on', 'in', 'for', 'to', 'and'],
  ].map((word) => word.normalize('NFC')),
);

/**
 * The words a query is searched by, lower-case, each cut to the stem it is matched by
 * (word-forms.ts). Signs are normalised, and function words go where there are other words.
 * `kazakhUi`: the query was typed in the Kazakh UI, so its Cyrillic words are read as Kazakh.
 * `typing`: the query is being typed, so a last word of under five letters beside others is
 * most likely unfinished («разрешение раб»); searched as a prefix it would change the results,
 * and fetch their fragments, for nothing. It goes too.
 */
export function queryWords(query: string, kazakhUi = false, typing = false): string[] {
  const words = normalizeQuery(query).toLocaleLowerCase().split(' ').filter(Boolean);
  const unfinished = (word: string, i: number) =>
    typing && i === words.length - 1 && word.length < 5 && !/\d/u.test(word);
  const meant = words.filter((word, i) => !FUNCTION_WORDS.has(word) && !unfinished(word, i));
  return (meant.length > 0 ? meant : words).map((word) => searchStem(word, kazakhUi));
}

/**
 * How much of a stem must stand in the text. A Cyrillic stem is the part all forms share
 * (word-forms.ts) and stands whole; a Latin word of more than five letters may differ in its last
 * two («regulating» finds «regulation»).
 */
function neededPrefix(stem: string): string {
  return /^[a-z]{6,}$/u.test(stem) ? stem.slice(0, -2) : stem;
}

/**
 * Whether a result's text holds every one of the query's stems (from `queryWords`), each where a
 * word begins («work» is not found inside «framework»). Pagefind also returns pages that only
 * resemble a word («world» for «work»); a legal researcher wants each word found. Stems of one or
 * two characters are not checked.
 */
export function holdsEveryWord(words: string[], text: string): boolean {
  const haystack = text.toLocaleLowerCase();
  return words
    .filter((word) => word.length >= 3)
    .every((word) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])${neededPrefix(word).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`,
        'u',
      ).test(haystack),
    );
}

/** Whether two stems are forms of one word: either begins with the other's needed prefix. */
export function sameWord(a: string, b: string): boolean {
  return b.startsWith(neededPrefix(a)) || a.startsWith(neededPrefix(b));
}

/**
 * The words a result's page marks (Pagefind's highlight script reads them from `?highlight=`):
 * the query's and its expansion's, as written, without function words and one- or two-letter
 * words.
 */
export function highlightTerms(query: string, expanded?: string): string[] {
  const words = normalizeQuery(`${query} ${expanded ?? ''}`).split(' ');
  return [
    ...new Set(words.filter((word) => word.length > 2 && !FUNCTION_WORDS.has(word.toLocaleLowerCase()))),
  ];
}

/**
 * A result's address with the words to mark: those of the query now shown, not those of the
 * query its fragment was first fetched for (fragments are kept across queries).
 */
export function highlighted(url: string, terms: string[]): string {
  const [path = url, search = ''] = url.split('?');
  const params = new URLSearchParams(search);
  params.delete('highlight');
  for (const term of terms) params.append('highlight', term);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
