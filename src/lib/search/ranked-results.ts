/**
 * One ranked list from the query's own search and its expansion's (expand-query.ts), loaded a few
 * fragments at a time: a typed query fetches only what it shows.
 */
import type { Fragment, Hit } from './pagefind-api';
import { holdsEveryWord } from './query';

/** A hit with the words its text must hold (those of the search that found it). */
interface Candidate {
  hit: Hit;
  words: string[][];
}

/**
 * Both searches' hits, best score first, each page once. A page found by both may hold the
 * words of either search.
 */
export function mergeHits(searches: { hits: Hit[]; words: string[] }[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const { hits, words } of searches)
    for (const hit of hits) {
      const known = byId.get(hit.id);
      if (!known) byId.set(hit.id, { hit, words: [words] });
      else {
        known.words.push(words);
        if (hit.score > known.hit.score) known.hit = hit;
      }
    }
  return [...byId.values()].sort((a, b) => b.hit.score - a.hit.score);
}

/**
 * How a page's kind weighs once its fragment is in: within the results shown together, the
 * entries a query names (norms, terms, figures) come before the pages that speak about them
 * (editorial notes) or gather them (the overview), as the index alone cannot tell.
 */
const KIND_PRIOR: Record<string, number> = {
  norm: 2,
  glossary: 2,
  statistic: 2,
  organization: 1.5,
  source: 1.5,
  section: 1.5,
  article: 1.2,
  page: 0.5,
  note: 0.25,
};

/** How many candidates are read, at most, per result wanted. */
const READ_LIMIT = 3;

/** Fragments already fetched, by Pagefind's id: later keystrokes reuse them. */
const fetched = new Map<string, Promise<Fragment>>();
const fragmentOf = (hit: Hit) => {
  let fragment = fetched.get(hit.id);
  if (!fragment) {
    fragment = hit.data();
    fetched.set(hit.id, fragment);
  }
  return fragment;
};

/**
 * Reads candidates in order, from `start`, until `wanted` hold their words, the list ends, or
 * READ_LIMIT times `wanted` have been read; returns those fragments, best first by score and
 * kind, and where reading stopped. Each round fetches only as many fragments as are still
 * missing. The limit matters for a word the index lacks: Pagefind then shortens it until it
 * matches («криптовалюта» finds every «к…»), and no page would ever pass.
 */
export async function loadShown(
  candidates: Candidate[],
  start: number,
  wanted: number,
): Promise<{ fragments: Fragment[]; next: number }> {
  const kept: { fragment: Fragment; score: number }[] = [];
  let next = start;
  const end = Math.min(candidates.length, start + wanted * READ_LIMIT);
  while (kept.length < wanted && next < end) {
    const batch = candidates.slice(next, Math.min(end, next + wanted - kept.length));
    next += batch.length;
    const loaded = await Promise.all(batch.map((c) => fragmentOf(c.hit)));
    loaded.forEach((fragment, i) => {
      const candidate = batch[i];
      if (candidate?.words.some((words) => holdsEveryWord(words, fragment.content)))
        kept.push({ fragment, score: candidate.hit.score * (KIND_PRIOR[fragment.meta['type'] ?? ''] ?? 1) });
    });
  }
  return { fragments: kept.sort((a, b) => b.score - a.score).map((k) => k.fragment), next };
}
