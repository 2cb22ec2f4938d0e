import { describe, expect, test } from 'vitest';
import {
  citeFilePath,
  entityPath,
  footnoteAnchor,
  fullTextPath,
  indexPath,
  isParagraphAnchor,
  numberedEntryPath,
  paragraphAnchor,
  paragraphPath,
  printPath,
  referenceAnchor,
} from '../../src/lib/routes';

// The URL contract, written out: these are published permalinks. A change here is a breaking
// change for every citation, bookmark and reference-manager record that holds one.
describe('every kind of path the site publishes, literally', () => {
  test.each([
    [entityPath('articles', 'moldakhmetova-2025'), 'articles/moldakhmetova-2025/'],
    [entityPath('sections', 'moldakhmetova-2025/conclusion'), 'articles/moldakhmetova-2025/conclusion/'],
    [entityPath('norms', 'kz-constitution-1995'), 'norms/kz-constitution-1995/'],
    [entityPath('statistics', 'arrivals-2022'), 'statistics/arrivals-2022/'],
    [entityPath('sources', 'shesteryakova-2017'), 'sources/shesteryakova-2017/'],
    [entityPath('organizations', 'iom'), 'organizations/iom/'],
    [entityPath('notes', 'tracking-parameters'), 'notes/tracking-parameters/'],
    [entityPath('glossary', 'quota'), 'glossary/quota/'],
    [indexPath('norms'), 'norms/'],
    [indexPath('articles'), 'articles/'],
    [fullTextPath('moldakhmetova-2025'), 'articles/moldakhmetova-2025/full-text/'],
    [printPath('norms', 'kz-constitution-1995'), 'norms/kz-constitution-1995/print/'],
    [printPath('sections', 'moldakhmetova-2025/conclusion'), 'articles/moldakhmetova-2025/conclusion/print/'],
    [citeFilePath('norms', 'kz-constitution-1995', 'ris'), 'cite/norms/kz-constitution-1995.ris'],
    [
      citeFilePath('sections', 'moldakhmetova-2025/conclusion', 'bib'),
      'cite/articles/moldakhmetova-2025/conclusion.bib',
    ],
    [paragraphAnchor('moldakhmetova-2025/results-and-discussion', 8), 'results-and-discussion-p8'],
    [
      paragraphPath('moldakhmetova-2025/results-and-discussion', 8),
      'articles/moldakhmetova-2025/results-and-discussion/#results-and-discussion-p8',
    ],
    [footnoteAnchor(3), 'fn-3'],
    [referenceAnchor(10), 'ref-10'],
    [numberedEntryPath('moldakhmetova-2025', 'footnotes', 3), 'articles/moldakhmetova-2025/#fn-3'],
    [numberedEntryPath('moldakhmetova-2025', 'references', 10), 'articles/moldakhmetova-2025/#ref-10'],
  ])('%s', (path, literal) => expect(path).toBe(literal));
});

test('a paragraph anchor is told from the other ids on a page', () => {
  expect(isParagraphAnchor(paragraphAnchor('moldakhmetova-2025/conclusion', 12))).toBe(true);
  expect(isParagraphAnchor(footnoteAnchor(3))).toBe(false);
  expect(isParagraphAnchor('conclusion')).toBe(false);
});
