import { isParagraphAnchor } from '../routes';

/** What Pagefind records of an element with an id: the word position where it starts. */
export interface AnchorLike {
  id: string;
  location: number;
}

/**
 * The paragraph a match stands in, or undefined when it is outside the article's paragraphs.
 * The last element with an id at or before the match is the one holding it: paragraphs contain
 * no other elements with ids, so an id after a paragraph (a heading, a footnote) ends it.
 */
export function paragraphAnchorAt(anchors: AnchorLike[], location: number): string | undefined {
  const holder = anchors.filter((anchor) => anchor.location <= location).at(-1);
  return holder && isParagraphAnchor(holder.id) ? holder.id : undefined;
}
