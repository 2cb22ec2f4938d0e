/**
 * Citation formatting shared by build-time code and the browser (no imports, so the client
 * bundle stays small).
 */

/** The separator of GOST's areas of description: «Заглавие. – 2025. – DOI: …». */
export const GOST_AREA_SEPARATOR = '. – ';

/** «, абз. 3–5»: the paragraphs a section's citation narrows to. */
export function paragraphsLocator(paragraphLabel: string, paragraphs: string | number): string {
  return `, ${paragraphLabel} ${paragraphs}`;
}

/**
 * A paragraph's citation: the section's GOST citation, the paragraph number and its permanent
 * URL. The GOST formatter narrows a section to paragraphs in the same form.
 */
export function paragraphCitation(
  sectionCitation: string,
  paragraphLabel: string,
  paragraph: string | number,
  url: string,
): string {
  return `${sectionCitation}${paragraphsLocator(paragraphLabel, paragraph)}${GOST_AREA_SEPARATOR}URL: ${url}`;
}
