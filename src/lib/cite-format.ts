/**
 * Citation formatting shared by build-time code and the browser (no imports, so the client
 * bundle stays small).
 */

/** A paragraph's citation: the section's citation, the paragraph number and its permanent URL. */
export function paragraphCitation(
  sectionCitation: string,
  paragraphLabel: string,
  paragraph: string | number,
  url: string,
): string {
  return `${sectionCitation}, ${paragraphLabel} ${paragraph}. – URL: ${url}`;
}
