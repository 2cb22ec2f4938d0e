/**
 * schema.org descriptions as JSON-LD: the article (ScholarlyArticle), each instrument
 * (Legislation) and each figure (Dataset). Every value comes from the data; what it leaves null or
 * unconfirmed is left out.
 */
import { pick } from '../../i18n';
import type { UiLang } from '../../i18n/langs';
import type { Graph } from '../graph';
import { formatTerritory } from '../format';
import { citableTitle, legalForce } from '../norm-status';
import { entityPath } from '../routes';
import { withoutTrackingParameters } from '../tracking-parameters';
import { absoluteUrl } from '../site-url';

/** A JSON-LD node: plain JSON with `@`-keys. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

/** Where a description stands: the site's absolute root and the page's UI language. */
export interface JsonLdOptions {
  /** The site's root (site + base), for absolute URLs. */
  root: URL;
  /** The UI language of the page: names are picked in it (falling back to Russian), URLs point at it. */
  lang: UiLang;
}

const CONTEXT = 'https://schema.org';

/** The DOI resolver's URL for a bare DOI. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;

/** Leaves out keys whose value is undefined, so that absent facts are absent, not null. */
/** An address out of the site, as the pages link it: without tracking parameters. */
function linkOut(url: string | null | undefined): string | undefined {
  return url ? withoutTrackingParameters(url) : undefined;
}

function node(fields: Record<string, JsonValue | undefined>): JsonLd {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as JsonLd;
}

/** An organisation of the graph as a schema.org Organization. */
function organization(graph: Graph, id: string, lang: UiLang): JsonLd {
  const { data } = graph.entry('organizations', id);
  return node({ '@type': 'Organization', name: pick(data.name, lang).text, url: linkOut(data.url) });
}

/**
 * The journal, and the issue and volume within it where the data knows them
 * (schema.org's Periodical → PublicationVolume → PublicationIssue chain).
 */
function container(graph: Graph, articleId: string): JsonLd {
  const { data } = graph.entry('articles', articleId);
  const { publication } = data;
  let part: JsonLd = node({
    '@type': 'Periodical',
    name: publication.journal,
    alternateName: publication.journalEn,
    issn: publication.issn ?? undefined,
    publisher: organization(graph, publication.publisher.id, data.language),
  });
  if (publication.volume !== null)
    part = { '@type': 'PublicationVolume', volumeNumber: `${publication.volume}`, isPartOf: part };
  if (publication.issue !== null)
    part = { '@type': 'PublicationIssue', issueNumber: `${publication.issue}`, isPartOf: part };
  return part;
}

/**
 * The article as a ScholarlyArticle: titles, abstract and keywords in its own language, authors
 * with their affiliation, the DOI, the journal, the year, and one CreativeWork per numbered
 * reference (its printed text, and its URL where the source has one).
 */
export function scholarlyArticle(graph: Graph, articleId: string, options: JsonLdOptions): JsonLd {
  const { data } = graph.entry('articles', articleId);
  const own = data.language;
  const { publication } = data;
  return node({
    '@context': CONTEXT,
    '@type': 'ScholarlyArticle',
    url: absoluteUrl(options.root, entityPath('articles', articleId), options.lang),
    name: data.citationTitle[own],
    headline: data.citationTitle[own],
    author: data.authors.map((author) =>
      node({
        '@type': 'Person',
        name: author.name[own],
        email: author.email,
        affiliation: node({
          ...organization(graph, author.affiliation.id, own),
          name: author.affiliationPrinted[own],
        }),
      }),
    ),
    identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: data.doi },
    sameAs: doiUrl(data.doi),
    inLanguage: data.language,
    abstract: data.abstract[own],
    keywords: data.keywords[own],
    isPartOf: container(graph, articleId),
    publisher: organization(graph, publication.publisher.id, own),
    datePublished: `${publication.year}`,
    pageStart: publication.pages ? `${publication.pages.first}` : undefined,
    pageEnd: publication.pages ? `${publication.pages.last}` : undefined,
    citation: graph.references(articleId).map((reference) =>
      node({
        '@type': 'CreativeWork',
        name: reference.printed,
        url: linkOut(reference.source.data.url),
      }),
    ),
  });
}

/**
 * An instrument as Legislation: its official title (or its short title while no official page
 * shows it), its number and codes, date, jurisdiction, legal force, kind, and the official
 * text's address as `sameAs`.
 */
export function legislation(graph: Graph, normId: string, options: JsonLdOptions): JsonLd {
  const { data } = graph.entry('norms', normId);
  const { official } = data;
  const name = citableTitle(official.title, options.lang) ?? pick(data.shortTitle, options.lang).text;
  const shortTitle = pick(data.shortTitle, options.lang).text;
  const identifiers = [
    ...new Set(
      [official.number, official.adiletCode, ...official.aliases].filter((id): id is string => id != null),
    ),
  ];
  return node({
    '@context': CONTEXT,
    '@type': 'Legislation',
    url: absoluteUrl(options.root, entityPath('norms', normId), options.lang),
    name,
    alternateName: shortTitle === name ? undefined : shortTitle,
    legislationIdentifier: identifiers.length > 1 ? identifiers : identifiers[0],
    legislationDate: official.adopted ?? undefined,
    legislationJurisdiction:
      data.jurisdiction === 'KZ'
        ? 'KZ'
        : pick(graph.entry('organizations', data.jurisdiction.id).data.name, options.lang).text,
    legislationPassedBy: official.adoptedBy
      ? organization(graph, official.adoptedBy.id, options.lang)
      : undefined,
    legislationLegalForce: legalForce(data),
    legislationType: data.kind,
    sameAs: linkOut(official.url),
  });
}

/**
 * A figure as a Dataset: its label, what it counts, the date or year and the territory it covers,
 * the value (as a number, with the printed form), the work it is based on where the article names
 * one (as the article prints it), and the article that states it.
 */
export function dataset(graph: Graph, statisticId: string, options: JsonLdOptions): JsonLd {
  const { data } = graph.entry('statistics', statisticId);
  const article = graph.entry('articles', data.article.id).data;
  const cited = graph.sourceOfStatistic(statisticId);
  const counts = pick(data.counts, options.lang).text;
  return node({
    '@context': CONTEXT,
    '@type': 'Dataset',
    url: absoluteUrl(options.root, entityPath('statistics', statisticId), options.lang),
    name: pick(data.label, options.lang).text,
    description: counts,
    temporalCoverage: data.at.kind === 'date' ? data.at.date : `${data.at.year}`,
    spatialCoverage: {
      '@type': 'Place',
      name: formatTerritory(data.geography, options.lang),
      address: { '@type': 'PostalAddress', addressCountry: data.geography },
    },
    variableMeasured: node({
      '@type': 'PropertyValue',
      name: counts,
      value: data.value,
      unitText: data.unit,
      description: [data.qualifier, data.printedValue].filter(Boolean).join(' '),
    }),
    isBasedOn: cited
      ? node({ '@type': 'CreativeWork', name: cited.printed, url: linkOut(cited.source.data.url) })
      : undefined,
    citation: {
      '@type': 'ScholarlyArticle',
      name: article.citationTitle[article.language],
      sameAs: doiUrl(article.doi),
    },
  });
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped as `\u003c`, so
 * no value can close the script element or open a comment; JSON parsers read it back unchanged.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
