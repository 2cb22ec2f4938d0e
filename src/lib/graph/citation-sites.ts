import type { Entry } from '../content';
import type { ArticleReferencesData } from '../markdown/remark-article-references';
import { placeKey, type NormPlaces } from '../norm-places';
import type { IdIndex } from './collections';
import { entityKey } from './keys';
import { numberKey } from './numbering';
import type { CitationSite, KeyedSite, NumberedEntry } from './types';

/** What the text's citations resolve against. */
export interface CitationContext {
  ids: IdIndex;
  numbered: Map<string, NumberedEntry>;
  places: NormPlaces;
}

/** The note a norm's place rests on, if it is an editorial reading. */
const readingOf = (ids: IdIndex, note: string | undefined) =>
  note === undefined ? undefined : ids.get('notes', note);

/**
 * The sites of every footnote marker, bracket citation and mention in the sections' text, in
 * reading order: a numbered citation cites its source (and a legal act's norm), a mention its
 * entity. Citations that resolve to nothing are left out (the citation checks report them).
 */
export function textCitationSites(
  sections: Entry<'sections'>[],
  rendered: Map<string, ArticleReferencesData>,
  { ids, numbered, places }: CitationContext,
): KeyedSite[] {
  return sections.flatMap((section) => {
    const data = rendered.get(section.id);
    return (data?.citations ?? []).flatMap(({ paragraph, target }): KeyedSite[] => {
      const site = { section, paragraph, text: data?.paragraphs[paragraph - 1] ?? '' };
      if (target.type === 'mention') {
        if (!ids.get(target.collection, target.id)) return [];
        const place =
          target.collection === 'norms'
            ? places.get(placeKey(section.id, paragraph))?.get(target.id)
            : undefined;
        const reading = readingOf(ids, place?.readingNote);
        return [
          [
            entityKey(target.collection, target.id),
            { ...site, form: 'mention', ...(reading ? { reading } : {}) },
          ],
        ];
      }
      const list = target.type === 'footnote' ? 'footnotes' : 'references';
      const entry = numbered.get(numberKey(section.data.article.id, list, target.number));
      if (!entry) return [];
      const full: CitationSite = { ...site, form: target.type, number: target.number };
      return [
        [entityKey('sources', entry.source.id), full],
        ...(entry.source.data.kind === 'legal-act'
          ? [[entityKey('norms', entry.source.data.norm.id), full] as KeyedSite]
          : []),
      ];
    });
  });
}

/** A norm is cited in every paragraph its quotes place it in, linked in the text or not. */
export function placedNormSites(
  places: NormPlaces,
  ids: IdIndex,
  paragraphs: (section: string) => string[],
): KeyedSite[] {
  return [...places].flatMap(([key, norms]) => {
    const [sectionId = '', number = ''] = key.split(/#(?=\d+$)/);
    const section = ids.get('sections', sectionId);
    const paragraph = Number(number);
    if (!section) return []; // a dangling locator is reported with the other references
    return [...norms].map(([id, place]): KeyedSite => {
      const reading = readingOf(ids, place.readingNote);
      return [
        entityKey('norms', id),
        {
          section,
          paragraph,
          text: paragraphs(section.id)[paragraph - 1] ?? '',
          form: 'mention',
          ...(reading ? { reading } : {}),
        },
      ];
    });
  });
}

/**
 * Every entity's citation sites: one per paragraph (the first found there), in reading order.
 */
export function siteIndex(sections: Entry<'sections'>[], sites: KeyedSite[]): Map<string, CitationSite[]> {
  const index = new Map<string, CitationSite[]>();
  for (const [key, site] of sites) {
    const own = index.get(key) ?? [];
    if (!own.some((s) => s.section.id === site.section.id && s.paragraph === site.paragraph)) own.push(site);
    index.set(key, own);
  }
  const readingOrder = new Map(sections.map((s, order) => [s.id, order]));
  for (const own of index.values()) {
    own.sort(
      (a, b) =>
        (readingOrder.get(a.section.id) ?? 0) - (readingOrder.get(b.section.id) ?? 0) ||
        a.paragraph - b.paragraph,
    );
  }
  return index;
}
