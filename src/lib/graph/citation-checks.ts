import type { Entry } from '../content';
import type { ContentProblem } from '../integrity';
import type { ArticleReferencesData, CitationRecord } from '../markdown/remark-article-references';
import { placeKey } from '../norm-places';
import type { CitationContext } from './citation-sites';
import { fileOf } from './keys';
import { numberKey } from './numbering';

/** Each citation in the sections' text that `problem` finds wrong, as a problem of its paragraph. */
function findInText(
  sections: Entry<'sections'>[],
  rendered: Map<string, ArticleReferencesData>,
  problem: (section: Entry<'sections'>, citation: CitationRecord) => string | undefined,
): ContentProblem[] {
  return sections.flatMap((section) =>
    (rendered.get(section.id)?.citations ?? []).flatMap((citation) => {
      const reason = problem(section, citation);
      return reason === undefined
        ? []
        : [{ file: fileOf(section), field: `body (paragraph ${citation.paragraph})`, reason }];
    }),
  );
}

/** Every mention in the text of an entity that does not exist. */
export function findUnknownMentions(
  sections: Entry<'sections'>[],
  rendered: Map<string, ArticleReferencesData>,
  { ids }: Pick<CitationContext, 'ids'>,
): ContentProblem[] {
  return findInText(sections, rendered, (_, { target }) =>
    target.type === 'mention' && !ids.get(target.collection, target.id)
      ? `mentions unknown ${target.collection} id "${target.id}"`
      : undefined,
  );
}

/** Every mention of a norm in a paragraph that none of the norm's quotes (namedAs, identifiedAs) places it in. */
export function findMisplacedNormMentions(
  sections: Entry<'sections'>[],
  rendered: Map<string, ArticleReferencesData>,
  { ids, places }: Pick<CitationContext, 'ids' | 'places'>,
): ContentProblem[] {
  return findInText(sections, rendered, (section, { paragraph, target }) =>
    target.type === 'mention' &&
    target.collection === 'norms' &&
    ids.get('norms', target.id) &&
    !places.get(placeKey(section.id, paragraph))?.has(target.id)
      ? `mentions norm "${target.id}", but neither its namedAs nor its identifiedAs quotes this paragraph`
      : undefined,
  );
}

/** Every footnote marker or bracket citation whose number no source prints for the section's article. */
export function findUnprintedCitations(
  sections: Entry<'sections'>[],
  rendered: Map<string, ArticleReferencesData>,
  { numbered }: Pick<CitationContext, 'numbered'>,
): ContentProblem[] {
  return findInText(sections, rendered, (section, { target }) => {
    if (target.type === 'mention') return undefined;
    const list = target.type === 'footnote' ? 'footnotes' : 'references';
    return numbered.has(numberKey(section.data.article.id, list, target.number))
      ? undefined
      : `cites ${target.type} ${target.number}, which no source prints for ${section.data.article.id}`;
  });
}
