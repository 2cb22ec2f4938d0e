import { describe, expect, test } from 'vitest';
import type { Collections } from '../../../src/lib/content';
import { findUrlSlipProblems } from '../../../src/lib/graph/url-slips';
import { changed, declareUrlSlip as slip, fixtures, printed, SLIP_PRINTED_URL as PRINTED } from './fixtures';

const FILE = 'tests/fixtures/content/sources/demo-report.yaml';

describe('findUrlSlipProblems', () => {
  test('accepts the fixtures (no slip declared) and a slip the note records', async () => {
    expect(findUrlSlipProblems(await fixtures())).toEqual([]);
    expect(findUrlSlipProblems(await changed(slip))).toEqual([]);
  });

  test.each([
    [
      'the note is not a slip',
      (c: Collections) => void (c.notes[0]!.data.category = 'context'),
      'note "demo-note" is a context, not a slip',
    ],
    [
      'the note is about something else',
      (c: Collections) => void (c.notes[0]!.data.about.sources = []),
      'note "demo-note" is not about this source',
    ],
    [
      'the note does not name the address',
      (c: Collections) =>
        void (c.notes[0]!.data.text = { ru: 'Другой акт.', kk: 'Басқа акт.', en: 'Another act.' }),
      `note "demo-note" does not name the printed address ${PRINTED}`,
    ],
    [
      'the norm has no official address',
      (c: Collections) => void delete c.norms[0]!.data.official.url,
      'norm "demo-constitution" has no official.url to carry instead',
    ],
    [
      'the official address is the printed one',
      (c: Collections) => void (c.norms[0]!.data.official.url = PRINTED),
      'norm "demo-constitution" has the printed address as its official.url',
    ],
    [
      'nothing is printed',
      (c: Collections) => void (c.sources[0]!.data.url = null),
      'the source has no printed url to correct',
    ],
  ])('names the source when %s', async (_, edit, reason) => {
    const c = await changed((c) => {
      slip(c);
      edit(c);
    });
    expect(printed(findUrlSlipProblems(c))).toEqual([`${FILE} → urlPointsToOtherAct: ${reason}`]);
  });
});
