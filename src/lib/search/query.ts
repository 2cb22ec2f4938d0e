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
