/**
 * Text helpers the audit rules share: finding addresses in printed entries, reading Adilet codes
 * off them, and comparing Russian text with its Latin transliteration (tracking parameters:
 * src/lib/tracking-parameters.ts, which the pages use too).
 */

// Characters a URL may contain unescaped (RFC 3986). Cyrillic text glued to an address, as in
// «…doc_id=32575837(дата обращения…», therefore ends it.
const URL_PATTERN = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;

/**
 * Every web address in a printed string, in order, without the punctuation that closes the
 * sentence or the angle brackets around it: a trailing `.`, `,`, `;`, `:` and an unbalanced `(` or
 * `)` belong to the text, not to the address.
 */
export function extractUrls(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map(([match]) => {
    let url = match;
    for (;;) {
      const last = url.at(-1) ?? '';
      const opens = url.split('(').length - 1;
      const closes = url.split(')').length - 1;
      if ('.,;:!?\'"'.includes(last) || last === '(' || (last === ')' && closes > opens))
        url = url.slice(0, -1);
      else return url;
    }
  });
}

/** Whether a printed entry announces an address («URL:») and gives none after it. */
export function hasEmptyUrlLabel(text: string): boolean {
  return [...text.matchAll(/URL:\s*(\S*)/g)].some(([, next]) => !/^<?https?:\/\//.test(next ?? ''));
}

/**
 * The Adilet document code a URL carries (`https://adilet.zan.kz/rus/docs/Z1100000477` →
 * `Z1100000477`), or undefined for addresses outside Adilet or without a code.
 */
export function adiletCodeOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.hostname !== 'adilet.zan.kz' && !parsed.hostname.endsWith('.adilet.zan.kz')) return undefined;
  return /\/docs\/([A-Za-z0-9_]+)/.exec(parsed.pathname)?.[1];
}

/**
 * Common Russian→Latin schemes, letter by letter: the one Russian journals' «References» lists use
 * (translit.net: й j, х h, ц c, щ shh, э je, ю ju, я ja), BGN/PCGN (й y, х kh, ц ts, щ shch, ю yu,
 * я ya) and GOST 7.79-2000 B (х x, ц cz, щ shh, ю yu, я ya). Signs (ъ ь) become marks that
 * normalisation drops. Kazakh letters are mapped to their nearest Russian reading.
 */
// prettier-ignore
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ч: 'ch', ш: 'sh', ъ: '', ь: '',
  ы: 'y', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};
const SCHEMES: Record<string, string>[] = [
  { ...COMMON, ё: 'jo', й: 'j', х: 'h', ц: 'c', щ: 'shh', э: 'je', ю: 'ju', я: 'ja' },
  { ...COMMON, ё: 'yo', й: 'y', х: 'kh', ц: 'ts', щ: 'shch', э: 'e', ю: 'yu', я: 'ya' },
  { ...COMMON, ё: 'yo', й: 'j', х: 'x', ц: 'cz', щ: 'shh', э: 'e', ю: 'yu', я: 'ya', ж: 'zh' },
];

/** `text` transliterated by each scheme (letters outside Cyrillic kept). */
export function transliterations(text: string): string[] {
  return SCHEMES.map((scheme) => [...text.toLowerCase()].map((char) => scheme[char] ?? char).join(''));
}

/**
 * Latin text reduced to what transliterations must agree on: lower case, accents dropped, and
 * only the letters a–z and digits kept (apostrophes and `#` for the signs, punctuation, spaces go).
 */
export function normaliseLatin(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance: the fewest insertions, deletions and substitutions turning a into b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * How far a Latin string is from the Russian one, under the scheme that brings them closest:
 * the edit distance between the normalised forms.
 */
export function transliterationDistance(russian: string, latin: string): number {
  const target = normaliseLatin(latin);
  return Math.min(...transliterations(russian).map((form) => editDistance(normaliseLatin(form), target)));
}
