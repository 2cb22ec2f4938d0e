import type { CollectionName } from '../content';
import type { ContentProblem } from '../integrity';
import type { Locator } from '../../schemas/locator';
import { fileOf } from './keys';
import type { Graph } from './types';

/**
 * The printed text a locator points at, or undefined where it points at nothing.
 * Front-matter parts join their pieces with newlines, so a quote never spans two of them.
 */
function locatorText(graph: Graph, locator: Locator): string | undefined {
  switch (locator.in) {
    case 'body':
      return graph.paragraphs(locator.section.id)[locator.paragraph - 1];
    case 'footnote':
      return graph.footnotes(locator.article.id).find((f) => f.number === locator.number)?.printed;
    case 'reference': {
      const entry = graph.references(locator.article.id).find((r) => r.number === locator.number);
      return locator.list === 'ru' ? entry?.printed : entry?.printedTransliterated;
    }
    case 'front': {
      const article = graph.collections.articles.find((a) => a.id === locator.article.id)?.data;
      if (!article) return undefined;
      const lang = locator.lang;
      const parts: Record<typeof locator.part, string[]> = {
        title: [article.title[lang]],
        abstract: [article.abstract[lang]],
        keywords: article.keywords[lang],
        authors: article.authors.flatMap((a) => [a.name[lang], a.affiliationPrinted[lang], a.email]),
        identifiers: [article.doi, ...article.udc, ...article.irsti],
      };
      return parts[locator.part].join('\n');
    }
  }
}

interface LocatedText {
  text?: unknown;
  locator: Locator;
}

function isLocated(value: unknown): value is LocatedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    'locator' in value &&
    typeof (value as { locator: unknown }).locator === 'object' &&
    (value as { locator: { in?: unknown } }).locator?.in !== undefined
  );
}

/** Every locator that points at no text, and every quote that does not stand verbatim where its locator points. */
export function findLocatorProblems(graph: Graph): ContentProblem[] {
  const { collections } = graph;
  const problems: ContentProblem[] = [];
  const walk = (value: unknown, path: string, file: string) => {
    if (isLocated(value)) {
      const text = locatorText(graph, value.locator);
      if (text === undefined) {
        problems.push({
          file,
          field: `${path}.locator`,
          reason: `points at nothing (${JSON.stringify(value.locator)})`,
        });
      } else if (typeof value.text === 'string' && !text.includes(value.text)) {
        problems.push({
          file,
          field: `${path}.text`,
          reason: `«${value.text}» is not verbatim at its locator`,
        });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, file));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, file);
    }
  };
  for (const name of Object.keys(collections) as CollectionName[]) {
    for (const entry of collections[name]) walk(entry.data, '', fileOf(entry));
  }
  return problems;
}
