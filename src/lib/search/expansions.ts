/**
 * The search page's cross-language dictionary, prepared at build time. The index holds the
 * article's Russian text; a reader asking in Kazakh or English («work permit», «рұқсаттар»)
 * means the same concept, so each concept is listed with its names in the three languages and the
 * Russian words that find it. The names are stored as the stems a query is cut to (word-forms.ts),
 * so the browser only compares words.
 */
import type { Graph } from '../graph';
import { queryWords } from './query';

/** One concept: its names (each a list of stems) and the Russian query that finds its passages. */
export interface Expansion {
  names: string[][];
  ru: string;
}

/** Words that name no concept: the country's abbreviation, the parenthesised year's brackets. */
const NOISE = /[«»„“”"()]|(?<![\p{L}])(РК|ҚР)(?![\p{L}])/gu;

/** A name as stems; Kazakh names are cut as Kazakh, the others as typed in any other UI. */
function stems(name: string, kazakh: boolean): string[] {
  return queryWords(name.replace(NOISE, ' '), kazakh);
}

function expansion(ru: string, names: { ru: string[]; kk: string[]; en: string[] }): Expansion {
  const all = [
    ...names.ru.map((n) => stems(n, false)),
    ...names.kk.map((n) => stems(n, true)),
    ...names.en.map((n) => stems(n, false)),
  ].filter((tokens) => tokens.length > 0);
  const unique = [...new Map(all.map((tokens) => [tokens.join(' '), tokens])).values()];
  // The Russian words searched: the name without a parenthesised alternative («(трудящийся-мигрант)»),
  // which every page would otherwise have to hold too; a year in brackets stays.
  const searched = ru.replace(/\([^)]*\p{L}[^)]*\)/gu, ' ').replace(NOISE, ' ');
  return { names: unique, ru: searched.replace(/\s+/gu, ' ').trim() };
}

/** Optional texts of a localized or graded record, as lists per language. */
const listed = (value: string | undefined): string[] => (value === undefined ? [] : [value]);

/**
 * Every concept a query may name: the glossary's terms (their three names and the word forms the
 * article uses), the norms (short and official titles in three languages, aliases such as «C097»)
 * and the article's keywords (printed in the same order in each language).
 */
export function expansionsOf(graph: Graph): Expansion[] {
  const glossary = graph.collections.glossary.map(({ data }) =>
    expansion(data.term.ru, {
      ru: [data.term.ru, ...data.forms.filter((form) => !/[a-z]/iu.test(form))],
      kk: listed(data.term.kk),
      en: [...listed(data.term.en), ...data.forms.filter((form) => /[a-z]/iu.test(form))],
    }),
  );
  const norms = graph.collections.norms.map(({ data }) => {
    const title = data.official.title;
    return expansion(data.shortTitle.ru, {
      ru: [data.shortTitle.ru, ...listed(title?.ru.text), ...(data.official.aliases ?? [])],
      kk: [...listed(data.shortTitle.kk), ...listed(title?.kk?.text)],
      en: [...listed(data.shortTitle.en), ...listed(title?.en?.text)],
    });
  });
  const keywords = graph.collections.articles.flatMap(({ data }) =>
    data.keywords.ru.map((ru, i) =>
      expansion(ru, { ru: [ru], kk: listed(data.keywords.kk[i]), en: listed(data.keywords.en[i]) }),
    ),
  );
  return [...glossary, ...norms, ...keywords];
}
