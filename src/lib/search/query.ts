/**
 * Signs that legal citations carry but the index does not (it keeps words only): «№ 97» and
 * «ст. 24» are searched as «97» and «24».
 */
export function normalizeQuery(query: string): string {
  return query
    .replace(/№|§/gu, ' ')
    .replace(/(^|\s)(ст|п|пп|ч)\.(?=\s|\d)/giu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether a result's text holds every word of the query. Pagefind also returns pages that only
 * resemble a word («world» for «work»); a legal researcher wants each word found. Short words must
 * stand whole; longer ones may differ in their last two letters (an inflection: «квотаны» finds
 * «квота», «разрешений» finds «разрешение»). Words of one or two characters are not checked.
 */
export function holdsEveryWord(query: string, text: string): boolean {
  const haystack = text.toLocaleLowerCase();
  return normalizeQuery(query)
    .toLocaleLowerCase()
    .split(' ')
    .filter((word) => word.length >= 3)
    .every((word) => {
      const stem = word.length <= 5 ? word : word.slice(0, -2);
      // The word must begin where a word begins: «work» is not found inside «framework».
      return new RegExp(`(?<![\\p{L}\\p{N}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(
        haystack,
      );
    });
}
