import { list, phrase, type Phrase } from '../../../i18n/phrase';
import { extractUrls } from '../text';
import { SLUG_SCHEME, wordDifferences, words, type WordDifference } from '../transliteration';
import { finding, type Finding, type Rule } from '../types';
import { listedEntries } from './shared';

/**
 * The slug of an address made from a Russian title (CyberLeninka's kind:
 * `…/article/n/mezhdunarodnaya-zaschita-prav-…`): the last path segment when it is two or more
 * lower-case Latin words joined by hyphens. Undefined for other addresses.
 */
export function slugOf(url: string): string[] | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  return /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(last) ? last.split('-') : undefined;
}

/** «достойного»: ожидалось «dostoynogo», в адресе «dostoyrnogo». */
function describe({ source, expected, printed }: WordDifference): Phrase {
  const quote = (words: string[]) => `«${words.join(' ')}»`;
  if (source.length === 0) return phrase('audit.slug.added', { printed: quote(printed) });
  if (printed.length === 0)
    return phrase('audit.slug.missing', { source: quote(source), expected: quote(expected) });
  return phrase('audit.slug.differs', {
    source: quote(source),
    expected: quote(expected),
    printed: quote(printed),
  });
}

/**
 * A source whose title is Russian and whose address ends in a slug made from that title: the
 * title, transliterated the way such slugs are made (`SLUG_SCHEME`: lower case, hyphens between
 * words, signs dropped), must give the slug word for word. A word that differs is a typo in the
 * printed address (or in the title). Checked: the source's `url` and every address in its printed
 * footnotes and references; each differing address is reported once per source.
 */
export const urlSlugDiffers: Rule = {
  id: 'url-slug-differs',
  severity: 'info',
  check(graph) {
    const findings: Finding[] = [];
    const entries = listedEntries(graph);
    for (const source of graph.collections.sources) {
      const { title } = source.data;
      if (!/\p{Script=Cyrillic}/u.test(title)) continue;
      const urls = new Set([
        ...(source.data.url ? [source.data.url] : []),
        ...entries
          .filter((e) => e.entry.source.id === source.id)
          .flatMap(({ entry }) => [
            ...extractUrls(entry.printed),
            ...extractUrls(entry.printedTransliterated ?? ''),
          ]),
      ]);
      // Hyphens inside a title's word are word breaks in a slug («трудящихся-мигрантов»).
      const titleWords = words(title).flatMap((word) => word.split('-'));
      for (const url of urls) {
        const slug = slugOf(url);
        if (!slug) continue;
        const differences = wordDifferences(titleWords, slug, SLUG_SCHEME).map(describe);
        if (differences.length === 0) continue;
        findings.push(
          finding(
            urlSlugDiffers,
            phrase('audit.slug', { url, title, differences: list(differences, '; ') }),
            [{ collection: 'sources', id: source.id }],
          ),
        );
      }
    }
    return findings;
  },
};
