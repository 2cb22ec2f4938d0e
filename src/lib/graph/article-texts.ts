import type { Graph } from './types';

/**
 * Every text of every article, as printed: section headings and body paragraphs, footnotes, both
 * reference lists and their headings, and the front matter in each language (what editorial prose may quote in «guillemets»).
 */
export function articleTexts(graph: Graph): string[] {
  return graph.collections.articles.flatMap(({ id, data }) => [
    ...graph.sections(id).flatMap((section) => [section.data.heading, ...graph.paragraphs(section.id)]),
    ...graph.footnotes(id).map((entry) => entry.printed),
    ...Object.values(data.listHeadings ?? {}),
    ...graph.references(id).flatMap((entry) => [entry.printed, entry.printedTransliterated ?? '']),
    ...Object.values(data.title),
    ...Object.values(data.abstract),
    ...Object.values(data.keywords).flat(),
    ...data.authors.flatMap((a) => [...Object.values(a.name), ...Object.values(a.affiliationPrinted)]),
  ]);
}
