/**
 * Query expansion in the browser: the concepts a query names, found in the build's dictionary
 * (expansions.ts), and the Russian query that finds their passages in the index.
 */
import type { Expansion } from './expansions';
import { sameWord } from './query';

/** At most this many concepts are read into one query («квоты и разрешения»). */
const MAX_CONCEPTS = 2;

interface Candidate {
  expansion: Expansion;
  /** Indexes of the query's words that the concept's best name accounts for. */
  covered: Set<number>;
  /** The share of that name's words the query has. */
  share: number;
  /** How many of them the query has in the very same form («migration», not «migrant»). */
  exact: number;
}

/** Better first: more of the query's words accounted for, more of them exactly, more of the name. */
const rank = (a: Candidate, b: Candidate) =>
  b.covered.size - a.covered.size || b.exact - a.exact || b.share - a.share;

/** How a concept matches the query's words, by its best name; undefined where it does not. */
function candidate(
  expansion: Expansion,
  words: string[],
  rare: (stem: string) => boolean,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const name of expansion.names) {
    const covered = new Set<number>();
    const hits = name.filter((stem) => {
      const at = words.findIndex((word) => sameWord(word, stem));
      if (at >= 0) covered.add(at);
      return at >= 0;
    });
    const share = hits.length / name.length;
    const exact = hits.filter((stem) => words.includes(stem)).length;
    // Half a name, or one word no other concept's names have («constitution»).
    if (hits.length === 0 || (share < 0.5 && !hits.some(rare))) continue;
    const candidate = { expansion, covered, share, exact };
    if (!best || rank(candidate, best) < 0) best = candidate;
  }
  return best;
}

/** In how many concepts' names each stem stands; counted once per dictionary, not per keystroke. */
const frequencies = new WeakMap<Expansion[], Map<string, number>>();
function stemFrequency(dictionary: Expansion[]): Map<string, number> {
  let frequency = frequencies.get(dictionary);
  if (!frequency) {
    frequency = new Map();
    for (const { names } of dictionary)
      for (const stem of new Set(names.flat())) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
    frequencies.set(dictionary, frequency);
  }
  return frequency;
}

/**
 * The Russian query a query's concepts expand to, with the query's own numbers and Russian words
 * that no concept accounts for («Constitution article 24» → «Конституция 24»); undefined when the
 * query names no concept. `words` are the query's stems (query.ts, queryWords).
 */
export function expandQuery(words: string[], dictionary: Expansion[]): string | undefined {
  const frequency = stemFrequency(dictionary);
  const rare = (stem: string) => frequency.get(stem) === 1 && stem.length >= 4;
  const candidates = dictionary
    .map((expansion) => candidate(expansion, words, rare))
    .filter((c): c is Candidate => c !== undefined)
    .sort(rank);
  const chosen: Candidate[] = [];
  const covered = new Set<number>();
  for (const c of candidates) {
    if (chosen.length === MAX_CONCEPTS) break;
    if ([...c.covered].every((i) => covered.has(i))) continue;
    chosen.push(c);
    for (const i of c.covered) covered.add(i);
  }
  if (chosen.length === 0) return undefined;
  const kept = words.filter((word, i) => !covered.has(i) && (/\d/u.test(word) || /^[а-яё-]+$/u.test(word)));
  return [...chosen.map((c) => c.expansion.ru), ...kept].join(' ');
}
