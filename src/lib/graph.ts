import type { Locator } from '../schemas/locator';
import type { MentionCollection } from './collections';
import type { ArticleReferencesData, CitationRecord } from './markdown/remark-article-references';
import { loadCollections, type CollectionName, type Collections, type Entry } from './content';
import { checkEditorialQuotations } from './editorial-quotations';
import { ContentError, findDanglingReferences, type ContentProblem } from './integrity';
import { findReadingsOffTheirNote, findUnidentifyingNames, normPlaces, placeKey } from './norm-places';

/** A footnote or reference-list entry of an article, with the source it prints. */
export interface NumberedEntry {
  /** The number as printed. */
  number: number;
  /** The source. */
  source: Entry<'sources'>;
  /** The text exactly as printed (the Russian list, for references). */
  printed: string;
  /** For references: the entry in the transliterated list. */
  printedTransliterated?: string;
}

/** A paragraph that cites or mentions an entity. */
export interface CitationSite {
  /** The section. */
  section: Entry<'sections'>;
  /** The paragraph number in the section. */
  paragraph: number;
  /** The paragraph's text. */
  text: string;
  /** How it points: a footnote marker, a bracket citation, or a mention in the text. */
  form: 'footnote' | 'reference' | 'mention';
  /** The printed footnote or reference number, for those forms. */
  number?: number;
  /**
   * Where the article does not name the norm here and the editors read the passage as it: the note
   * that gives their reasoning (see the norm's `identifiedAs`).
   */
  reading?: Entry<'notes'>;
}

/** An entity cited in the same paragraphs as another. */
export interface RelatedEntry {
  /** Its collection. */
  collection: CollectionName;
  /** Its id. */
  id: string;
  /** How many paragraphs cite both. */
  shared: number;
  /** How many of those rest, for either entity, on the editors' reading rather than the article's words. */
  readings: number;
}

/** The notes that concern each entry. */
type NoteIndex = Map<string, Entry<'notes'>[]>;

/** Key of an entity in the graph's indexes. */
export const entityKey = (collection: CollectionName, id: string): string => `${collection}:${id}`;
const paragraphKey = (section: string, paragraph: number): string => `paragraph:${section}#${paragraph}`;
const numberKey = (article: string, list: 'footnotes' | 'references', number: number): string =>
  `${article}:${list}:${number}`;

/** The cross-reference graph: computed once from the collections, read by every page. */
export interface Graph {
  /** The collections, each sorted for display. */
  readonly collections: Collections;
  /** An entry by id; throws on an unknown id (the build has already checked every reference). */
  entry<C extends CollectionName>(collection: C, id: string): Entry<C>;
  /** An article's sections in reading order. */
  sections(article: string): Entry<'sections'>[];
  /** A section's paragraphs (verbatim text). */
  paragraphs(section: string): string[];
  /** An article's footnotes in number order. */
  footnotes(article: string): NumberedEntry[];
  /** An article's numbered references in number order. */
  references(article: string): NumberedEntry[];
  /** The footnotes and references a section cites, in number order. */
  citedBySection(section: string): { footnotes: NumberedEntry[]; references: NumberedEntry[] };
  /** Every footnote marker, bracket citation and mention in a section, by paragraph, in reading order. */
  citations(section: string): CitationRecord[];
  /** The entities a section's text mentions, each once, in order of first mention. */
  mentionsIn(section: string): { collection: MentionCollection; id: string }[];
  /** The footnote or reference a figure cites, or undefined where the article gives none. */
  sourceOfStatistic(id: string): NumberedEntry | undefined;
  /** Every paragraph that cites or mentions an entity, in reading order. */
  citedIn(collection: CollectionName, id: string): CitationSite[];
  /**
   * Entities cited or mentioned in the same paragraphs as this one, most shared paragraphs first:
   * norms relied on together, sources cited together, figures from the same place. `readings`
   * counts the shared paragraphs where one of the two rests on an editorial reading.
   */
  related(collection: CollectionName, id: string): RelatedEntry[];
  /** Editorial notes about an entity. */
  notesAbout(collection: CollectionName, id: string): Entry<'notes'>[];
}

function renderedData(section: Entry<'sections'>): ArticleReferencesData | undefined {
  const frontmatter = section.rendered?.metadata?.['frontmatter'] as
    Partial<ArticleReferencesData> | undefined;
  return frontmatter?.paragraphs && frontmatter.citations
    ? (frontmatter as ArticleReferencesData)
    : undefined;
}

const fileOf = (entry: { filePath?: string | undefined; collection: string; id: string }): string =>
  entry.filePath ?? `${entry.collection}/${entry.id}`;

/**
 * Builds the graph and checks the content as a whole: references resolve, every citation in the
 * text has its footnote or reference, numbers are not claimed twice, and every quote stands
 * verbatim where its locator says. Any problem throws a ContentError that lists them all.
 */
export function buildGraph(input: Collections): Graph {
  const collections = sortCollections(input);
  const problems: ContentProblem[] = [
    ...findDanglingReferences(collections),
    ...findUnidentifyingNames(collections.norms, collections.organizations),
    ...findReadingsOffTheirNote(collections.norms, collections.notes),
  ];
  const byId = new Map(
    (Object.keys(collections) as CollectionName[]).map((name) => [
      name,
      new Map<string, Entry<CollectionName>>(collections[name].map((e) => [e.id, e])),
    ]),
  );
  const has = (collection: CollectionName, id: string) => byId.get(collection)?.has(id) ?? false;

  // Numbering: which source each footnote and reference number prints.
  const numbered = new Map<string, NumberedEntry>();
  for (const source of collections.sources) {
    source.data.citedAs.forEach((citation, index) => {
      const key = numberKey(citation.article.id, citation.list, citation.number);
      const claimant = numbered.get(key);
      if (claimant) {
        problems.push({
          file: fileOf(source),
          field: `citedAs[${index}]`,
          reason: `${citation.list} ${citation.number} of ${citation.article.id} is already printed by source "${claimant.source.id}"`,
        });
        return;
      }
      numbered.set(key, {
        number: citation.number,
        source,
        printed: citation.printed,
        ...(citation.list === 'references' ? { printedTransliterated: citation.printedTransliterated } : {}),
      });
    });
  }
  // Each article's two lists, sorted once: pages and locator checks ask for them again and again.
  const lists = new Map<string, NumberedEntry[]>();
  for (const [key, entry] of numbered) {
    const list = key.slice(0, key.lastIndexOf(':'));
    lists.set(list, [...(lists.get(list) ?? []), entry]);
  }
  for (const entries of lists.values()) entries.sort((a, b) => a.number - b.number);
  const listOf = (article: string, list: 'footnotes' | 'references') => [
    ...(lists.get(`${article}:${list}`) ?? []),
  ];

  // Where the norms' quotes say the article names them, or is read as them, paragraph by paragraph.
  const places = normPlaces(collections.norms);
  const noteOf = (id: string | undefined) =>
    id === undefined ? undefined : (byId.get('notes')?.get(id) as Entry<'notes'> | undefined);

  // Paragraph texts and the backlinks from the rendered sections.
  const paragraphs = new Map<string, string[]>();
  const citations = new Map<string, CitationRecord[]>();
  const citedIn = new Map<string, CitationSite[]>();
  const citedBySection = new Map<string, { footnotes: Set<NumberedEntry>; references: Set<NumberedEntry> }>();
  const mentionsBySection = new Map<string, Map<string, { collection: MentionCollection; id: string }>>();
  const addSite = (key: string, site: CitationSite) => {
    const sites = citedIn.get(key) ?? [];
    if (!sites.some((s) => s.section.id === site.section.id && s.paragraph === site.paragraph))
      sites.push(site);
    citedIn.set(key, sites);
  };
  for (const section of collections.sections) {
    const data = renderedData(section);
    if (!data) {
      problems.push({
        file: fileOf(section),
        field: 'body',
        reason: 'the Markdown did not render (see the error logged above)',
      });
      continue;
    }
    paragraphs.set(section.id, data.paragraphs);
    citations.set(section.id, data.citations);
    const cited = { footnotes: new Set<NumberedEntry>(), references: new Set<NumberedEntry>() };
    citedBySection.set(section.id, cited);
    for (const { paragraph, target } of data.citations) {
      const site = { section, paragraph, text: data.paragraphs[paragraph - 1] ?? '' };
      if (target.type === 'mention') {
        if (!has(target.collection, target.id)) {
          problems.push({
            file: fileOf(section),
            field: `body (paragraph ${paragraph})`,
            reason: `mentions unknown ${target.collection} id "${target.id}"`,
          });
          continue;
        }
        let reading: Entry<'notes'> | undefined;
        if (target.collection === 'norms') {
          const place = places.get(placeKey(section.id, paragraph))?.get(target.id);
          if (!place)
            problems.push({
              file: fileOf(section),
              field: `body (paragraph ${paragraph})`,
              reason: `mentions norm "${target.id}", but neither its namedAs nor its identifiedAs quotes this paragraph`,
            });
          reading = noteOf(place?.readingNote);
        }
        addSite(entityKey(target.collection, target.id), {
          ...site,
          form: 'mention',
          ...(reading ? { reading } : {}),
        });
        const mentions = mentionsBySection.get(section.id) ?? new Map();
        mentions.set(entityKey(target.collection, target.id), {
          collection: target.collection,
          id: target.id,
        });
        mentionsBySection.set(section.id, mentions);
        continue;
      }
      const list = target.type === 'footnote' ? 'footnotes' : 'references';
      const entry = numbered.get(numberKey(section.data.article.id, list, target.number));
      if (!entry) {
        problems.push({
          file: fileOf(section),
          field: `body (paragraph ${paragraph})`,
          reason: `cites ${target.type} ${target.number}, which no source prints for ${section.data.article.id}`,
        });
        continue;
      }
      cited[list].add(entry);
      const full: CitationSite = { ...site, form: target.type, number: target.number };
      addSite(entityKey('sources', entry.source.id), full);
      if (entry.source.data.kind === 'legal-act')
        addSite(entityKey('norms', entry.source.data.norm.id), full);
    }
  }

  // A norm is cited in every paragraph its quotes place it in, linked in the text or not.
  const sectionsById = byId.get('sections');
  for (const [key, norms] of places) {
    const [sectionId = '', number = ''] = key.split(/#(?=\d+$)/);
    const section = sectionsById?.get(sectionId) as Entry<'sections'> | undefined;
    const paragraph = Number(number);
    if (!section) continue; // a dangling locator is reported with the other references
    for (const [id, place] of norms) {
      const reading = noteOf(place.readingNote);
      addSite(entityKey('norms', id), {
        section,
        paragraph,
        text: paragraphs.get(section.id)?.[paragraph - 1] ?? '',
        form: 'mention',
        ...(reading ? { reading } : {}),
      });
    }
  }

  // Glossary terms are found by their word forms, case-insensitively, in the body; a form must
  // occur somewhere in the article (body or front matter), or it finds nothing.
  const frontText = collections.articles
    .flatMap(({ data }) => [
      ...Object.values(data.title),
      ...Object.values(data.abstract),
      ...Object.values(data.keywords).flat(),
    ])
    .join('\n')
    .toLocaleLowerCase();
  for (const term of collections.glossary) {
    term.data.forms.forEach((form, index) => {
      const needle = form.toLocaleLowerCase();
      let found = frontText.includes(needle);
      for (const section of collections.sections) {
        paragraphs.get(section.id)?.forEach((text, i) => {
          if (!text.toLocaleLowerCase().includes(needle)) return;
          found = true;
          addSite(entityKey('glossary', term.id), { section, paragraph: i + 1, text, form: 'mention' });
        });
      }
      if (!found)
        problems.push({
          file: fileOf(term),
          field: `forms[${index}]`,
          reason: `«${form}» occurs nowhere in the article`,
        });
    });
  }

  // Every backlink list in reading order (glossary forms are searched one after another).
  const readingOrder = new Map(collections.sections.map((s, index) => [s.id, index]));
  for (const sites of citedIn.values()) {
    sites.sort(
      (a, b) =>
        (readingOrder.get(a.section.id) ?? 0) - (readingOrder.get(b.section.id) ?? 0) ||
        a.paragraph - b.paragraph,
    );
  }

  // Figures cite by number too.
  const statisticSources = new Map<string, NumberedEntry>();
  collections.statistics.forEach((statistic) => {
    const { source } = statistic.data;
    if (source.given === 'none') return;
    const list = source.given === 'footnote' ? 'footnotes' : 'references';
    const entry = numbered.get(numberKey(statistic.data.article.id, list, source.number));
    if (entry) statisticSources.set(statistic.id, entry);
    else {
      problems.push({
        file: fileOf(statistic),
        field: 'source.number',
        reason: `${source.given} ${source.number} is not printed by any source of ${statistic.data.article.id}`,
      });
    }
  });

  const notes = indexNotes(collections.notes);
  const related = relatedIndex(citedIn);
  const graph: Graph = {
    collections,
    entry<C extends CollectionName>(collection: C, id: string): Entry<C> {
      const found = byId.get(collection)?.get(id);
      if (!found) throw new Error(`unknown ${collection} id "${id}"`);
      return found as Entry<C>;
    },
    sections: (article) => collections.sections.filter((s) => s.data.article.id === article),
    paragraphs: (section) => paragraphs.get(section) ?? [],
    footnotes: (article) => listOf(article, 'footnotes'),
    references: (article) => listOf(article, 'references'),
    citedBySection: (section) => {
      const cited = citedBySection.get(section);
      const sorted = (set?: Set<NumberedEntry>) => [...(set ?? [])].sort((a, b) => a.number - b.number);
      return { footnotes: sorted(cited?.footnotes), references: sorted(cited?.references) };
    },
    citations: (section) => citations.get(section) ?? [],
    sourceOfStatistic: (id) => statisticSources.get(id),
    mentionsIn: (section) => [...(mentionsBySection.get(section)?.values() ?? [])],
    citedIn: (collection, id) => citedIn.get(entityKey(collection, id)) ?? [],
    related: (collection, id) => related(entityKey(collection, id)),
    notesAbout: (collection, id) => notes.get(entityKey(collection, id)) ?? [],
  };
  problems.push(...checkLocators(collections, (locator) => locatorText(graph, locator)));
  problems.push(...checkEditorialQuotations(collections, articleTexts(graph)));
  if (problems.length > 0) throw new ContentError(problems);
  return graph;
}

/**
 * Entities cited in the same paragraphs as an entity, most shared paragraphs first. The paragraphs
 * of every entity and the entities of every paragraph are indexed once, and each answer is kept:
 * every page in every UI language asks, and scanning all entities per page grows with the square
 * of the corpus.
 */
function relatedIndex(citedIn: Map<string, CitationSite[]>) {
  // Entity → its paragraphs, each with whether the entity is there only by an editorial reading.
  const paragraphsOf = new Map<string, Map<string, boolean>>();
  const entitiesAt = new Map<string, Set<string>>();
  for (const [key, sites] of citedIn) {
    const own = new Map(sites.map((s) => [paragraphKey(s.section.id, s.paragraph), s.reading !== undefined]));
    paragraphsOf.set(key, own);
    for (const paragraph of own.keys())
      entitiesAt.set(paragraph, (entitiesAt.get(paragraph) ?? new Set()).add(key));
  }
  const answers = new Map<string, RelatedEntry[]>();
  const compute = (key: string): RelatedEntry[] => {
    const counts = new Map<string, { shared: number; readings: number }>();
    for (const [paragraph, ownReading] of paragraphsOf.get(key) ?? []) {
      for (const other of entitiesAt.get(paragraph) ?? []) {
        if (other === key) continue;
        const count = counts.get(other) ?? { shared: 0, readings: 0 };
        count.shared += 1;
        if (ownReading || paragraphsOf.get(other)?.get(paragraph)) count.readings += 1;
        counts.set(other, count);
      }
    }
    return [...counts]
      .map(([other, count]) => {
        const [collection, id = ''] = other.split(/:(.*)/s) as [CollectionName, string];
        return { collection, id, ...count };
      })
      .sort(
        (a, b) =>
          b.shared - a.shared ||
          a.collection.localeCompare(b.collection, 'en') ||
          a.id.localeCompare(b.id, 'en'),
      );
  };
  return (key: string) => {
    const answer = answers.get(key) ?? compute(key);
    answers.set(key, answer);
    return [...answer];
  };
}

function sortCollections(input: Collections): Collections {
  const byId = <T extends { id: string }>(entries: T[]) =>
    [...entries].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  return {
    articles: byId(input.articles),
    sections: [...input.sections].sort(
      (a, b) => a.data.article.id.localeCompare(b.data.article.id, 'en') || a.data.order - b.data.order,
    ),
    norms: byId(input.norms),
    statistics: byId(input.statistics),
    sources: byId(input.sources),
    organizations: byId(input.organizations),
    notes: byId(input.notes),
    glossary: byId(input.glossary),
    comparisons: [...input.comparisons].sort((a, b) => a.data.order - b.data.order),
  };
}

function indexNotes(notes: Entry<'notes'>[]): NoteIndex {
  const index: NoteIndex = new Map();
  const add = (key: string, note: Entry<'notes'>) => index.set(key, [...(index.get(key) ?? []), note]);
  for (const note of notes) {
    // Entries list the notes about them; the paragraphs a note is about are listed on its page.
    for (const [collection, refs] of Object.entries(note.data.about)) {
      if (collection === 'paragraphs') continue;
      for (const ref of refs as { id: string }[]) add(entityKey(collection as CollectionName, ref.id), note);
    }
  }
  return index;
}

/**
 * The printed text a locator points at, or undefined where it points at nothing.
 * Front-matter parts join their pieces with newlines, so a quote never spans two of them.
 */
export function locatorText(graph: Graph, locator: Locator): string | undefined {
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

/** Every locator points at text, and every quote stands verbatim in the text it points at. */
function checkLocators(
  collections: Collections,
  textAt: (locator: Locator) => string | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (value: unknown, path: string, file: string) => {
    if (isLocated(value)) {
      const text = textAt(value.locator);
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

let cached: Promise<Graph> | undefined;

/** The graph of the site's content, computed on first use and shared by every page. */
export function getGraph(): Promise<Graph> {
  cached ??= loadCollections().then(buildGraph);
  return cached;
}
