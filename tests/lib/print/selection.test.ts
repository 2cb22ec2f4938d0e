import { describe, expect, test } from 'vitest';
import { mergeCited, parseSelection, selectionValue } from '../../../src/lib/print/selection';

describe('a printed selection in the URL', () => {
  test('names entries by collection and id, in the order chosen, each once', () => {
    const { items, invalid } = parseSelection(
      '?item=sections:moldakhmetova-2025/introduction&item=norms:ilo-c097&item=norms:ilo-c097',
    );
    expect(items).toEqual([
      { collection: 'sections', id: 'moldakhmetova-2025/introduction' },
      { collection: 'norms', id: 'ilo-c097' },
    ]);
    expect(invalid).toEqual([]);
    expect(items.map(selectionValue)).toEqual(['sections:moldakhmetova-2025/introduction', 'norms:ilo-c097']);
  });

  test('reports what it cannot read instead of dropping it', () => {
    expect(parseSelection('?item=planets:mars&item=norms:../x&item=norms').invalid).toEqual([
      'planets:mars',
      'norms:../x',
      'norms',
    ]);
  });
});

describe('merging the cited items of several documents', () => {
  test('keeps each item once, per list, in the article order', () => {
    const first = [
      { key: 'footnote:a:3', list: 'footnotes', order: 3 },
      { key: 'footnote:a:1', list: 'footnotes', order: 1 },
    ];
    const second = [
      { key: 'footnote:a:1', list: 'footnotes', order: 1 },
      { key: 'footnote:a:2', list: 'footnotes', order: 2 },
      { key: 'norms:x', list: 'norms', order: 0 },
    ];
    const merged = mergeCited([first, second]);
    expect(merged.get('footnotes')?.map((i) => i.key)).toEqual([
      'footnote:a:1',
      'footnote:a:2',
      'footnote:a:3',
    ]);
    expect(merged.get('norms')?.map((i) => i.key)).toEqual(['norms:x']);
  });
});
