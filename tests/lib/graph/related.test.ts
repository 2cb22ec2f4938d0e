import { expect, test } from 'vitest';
import type { Entry } from '../../../src/lib/content';
import { relatedIndex } from '../../../src/lib/graph/related';
import type { CitationSite } from '../../../src/lib/graph/types';

const section = { id: 'a/s' } as Entry<'sections'>;
const reading = { id: 'note' } as Entry<'notes'>;
const at = (paragraph: number, read = false): CitationSite => ({
  section,
  paragraph,
  text: '',
  form: 'mention',
  ...(read ? { reading } : {}),
});

const related = relatedIndex(
  new Map([
    ['norms:n', [at(1), at(2, true), at(3)]],
    ['sources:s', [at(1), at(2)]],
    ['statistics:f', [at(3)]],
    ['glossary:g', [at(3)]],
    ['organizations:o', [at(9)]],
  ]),
);

test('relatedIndex counts shared paragraphs, most first, then by collection and id', () => {
  expect(related('norms:n')).toEqual([
    { collection: 'sources', id: 's', shared: 2, readings: 1 },
    { collection: 'glossary', id: 'g', shared: 1, readings: 0 },
    { collection: 'statistics', id: 'f', shared: 1, readings: 0 },
  ]);
});

test('relatedIndex counts a reading of either entity', () => {
  expect(related('sources:s')).toEqual([{ collection: 'norms', id: 'n', shared: 2, readings: 1 }]);
});

test('relatedIndex gives none for an entity alone in its paragraphs or not cited, and a fresh copy', () => {
  expect(related('organizations:o')).toEqual([]);
  expect(related('norms:none')).toEqual([]);
  related('norms:n').pop();
  expect(related('norms:n')).toHaveLength(3);
});
