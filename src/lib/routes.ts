/**
 * Every URL the site publishes, in one place. Paths are relative to the site's base and end in a
 * slash; ids are permanent, so a change here breaks permalinks.
 */

import { REGISTRY, type EntityCollection, type IndexedCollection } from './collections';

/** Path of an entry's page, without the base: `norms/kz-constitution-1995/`. */
export function entityPath(collection: EntityCollection, id: string): string {
  return REGISTRY.entityPath(collection, id);
}

/**
 * Path of an entry's citation record in one format, without the base, beside its page's folder:
 * `cite/norms/kz-constitution-1995.bib`, a section's `cite/articles/moldakhmetova-2025/introduction.ris`.
 */
export function citeFilePath(collection: EntityCollection, id: string, extension: string): string {
  return `cite/${REGISTRY.paged(collection).pages.folder}/${id}.${extension}`;
}

/** Path of a collection's index page, without the base: `norms/`. */
export function indexPath(collection: IndexedCollection): string {
  return REGISTRY.indexPath(collection);
}

/**
 * The permalink anchor of a body paragraph: the section's slug and the paragraph's number
 * (`results-and-discussion-p8`), unique on the section's page and on the whole-text page.
 */
export function paragraphAnchor(section: string, paragraph: number): string {
  return `${sectionSlug(section)}-p${paragraph}`;
}

/** Whether an element id is a paragraph's permalink anchor (see `paragraphAnchor`). */
export function isParagraphAnchor(id: string): boolean {
  return /-p\d+$/.test(id);
}

/** A section's slug: the last part of its id (`moldakhmetova-2025/conclusion` → `conclusion`). */
export function sectionSlug(section: string): string {
  return section.slice(section.lastIndexOf('/') + 1);
}

/** Path of an article's whole text on one page. */
export function fullTextPath(article: string): string {
  return `${entityPath('articles', article)}full-text/`;
}

/** Path of a body paragraph: its section's page and its anchor. */
export function paragraphPath(section: string, paragraph: number): string {
  return `${entityPath('sections', section)}#${paragraphAnchor(section, paragraph)}`;
}

/** Anchors of a footnote and of a reference-list entry on the page that lists them. */
export const footnoteAnchor = (number: number): string => `fn-${number}`;
export const referenceAnchor = (number: number): string => `ref-${number}`;

/** Path of an entry of an article's printed footnote or reference list: `articles/<article>/#fn-3`. */
export function numberedEntryPath(article: string, list: 'footnotes' | 'references', number: number): string {
  return `${entityPath('articles', article)}#${list === 'footnotes' ? footnoteAnchor(number) : referenceAnchor(number)}`;
}

/**
 * Path of an entry's print document (its text and exactly what it cites): `norms/x/print/`,
 * `articles/<article>/<section>/print/`; an article's is its whole text.
 */
export function printPath(collection: EntityCollection, id: string): string {
  return `${entityPath(collection, id)}print/`;
}

/** Path of the page that prints a chosen set of entries as one document (`print/?item=…`). */
export const SELECTION_PRINT_PATH = 'print/';
