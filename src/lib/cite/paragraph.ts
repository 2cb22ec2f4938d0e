/**
 * A paragraph's citation, filled in the browser (no imports, so the client bundle stays small):
 * the section page carries, per style, its citation with slots for the paragraph's number and
 * address (see `paragraphTemplate`), and the copy button fills them.
 */

/** Where a template takes the paragraph's number. */
export const PARAGRAPH_SLOT = '{paragraph}';
/** Where a template takes the paragraph's permanent address. */
export const URL_SLOT = '{url}';

/** A paragraph's citation from its section's template. */
export function fillParagraphCitation(template: string, paragraph: string, url: string): string {
  return template.replaceAll(PARAGRAPH_SLOT, paragraph).replaceAll(URL_SLOT, url);
}
