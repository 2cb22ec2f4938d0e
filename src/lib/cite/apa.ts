import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from '../open-data/csl';

/**
 * A CSL item as an APA 7 reference, written by citation-js's built-in `apa` template (citeproc-js
 * under it), as plain text. The item's `language` keeps citeproc from title-casing titles that are
 * not English. An act's number such as «477-IV» is one number, not a range: citeproc reads a
 * hyphen escaped with a backslash literally (otherwise it prints «Nos. 477–IV»).
 */
export function formatApa(item: CslItem): string {
  const input = item.number ? { ...item, number: item.number.replaceAll('-', '\\-') } : item;
  return new Cite(input).format('bibliography', { template: 'apa', format: 'text', lang: 'en-US' }).trim();
}
