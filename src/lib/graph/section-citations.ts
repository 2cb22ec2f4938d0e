import type { Entry } from '../content';
import type { MentionCollection } from '../collections';
import type { ArticleReferencesData } from '../markdown/remark-article-references';
import type { IdIndex } from './collections';
import { entityKey } from './keys';
import { numberKey, type NumberedList } from './numbering';
import type { NumberedEntry } from './types';

/** The footnotes and references a section cites, each list in number order. */
export type SectionSources = Record<NumberedList, NumberedEntry[]>;

/** What each rendered section cites, by section id; numbers no source prints are left out. */
export function sectionSourcesIndex(
  sections: Entry<'sections'>[],
  rendered: Map<string, ArticleReferencesData>,
  numbered: Map<string, NumberedEntry>,
): Map<string, SectionSources> {
  const index = new Map<string, SectionSources>();
  for (const section of sections) {
    const data = rendered.get(section.id);
    if (!data) continue;
    const cited = { footnotes: new Set<NumberedEntry>(), references: new Set<NumberedEntry>() };
    for (const { target } of data.citations) {
      if (target.type === 'mention') continue;
      const list = target.type === 'footnote' ? 'footnotes' : 'references';
      const entry = numbered.get(numberKey(section.data.article.id, list, target.number));
      if (entry) cited[list].add(entry);
    }
    const sorted = (set: Set<NumberedEntry>) => [...set].sort((a, b) => a.number - b.number);
    index.set(section.id, { footnotes: sorted(cited.footnotes), references: sorted(cited.references) });
  }
  return index;
}

/** A mentioned entity. */
export interface Mention {
  collection: MentionCollection;
  id: string;
}

/** The entities each section's text mentions, each once, in order of first mention; unknown ones are left out. */
export function mentionIndex(
  sections: Entry<'sections'>[],
  rendered: Map<string, ArticleReferencesData>,
  ids: IdIndex,
): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  for (const section of sections) {
    const mentions = new Map<string, Mention>();
    for (const { target } of rendered.get(section.id)?.citations ?? []) {
      if (target.type !== 'mention' || !ids.get(target.collection, target.id)) continue;
      mentions.set(entityKey(target.collection, target.id), { collection: target.collection, id: target.id });
    }
    if (mentions.size > 0) index.set(section.id, [...mentions.values()]);
  }
  return index;
}
