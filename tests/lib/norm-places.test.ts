import { beforeAll, describe, expect, test } from 'vitest';
import type { Collections, Entry } from '../../src/lib/content';
import {
  distinctiveFeatures,
  findReadingsOffTheirNote,
  findUnidentifyingNames,
  identityTokens,
  normPlaces,
  placeKey,
} from '../../src/lib/norm-places';
import { loadContent } from '../support/load-content';

let fixtures: Collections;
beforeAll(async () => {
  fixtures = await loadContent('tests/fixtures/content');
});

const locator = {
  in: 'body',
  section: { collection: 'sections', id: 'demo-2024/introduction' },
  paragraph: 1,
} as const;

/** A norm made from the fixture's, with the official facts and quotes given. */
function norm(
  id: string,
  facts: { title: string; number: string | null; adopted: string },
  namedAs: string[],
): Entry<'norms'> {
  const entry = structuredClone(fixtures.norms[0]!);
  entry.id = id;
  entry.filePath = `content/norms/${id}.yaml`;
  entry.data.shortTitle = { ru: facts.title, kk: facts.title, en: facts.title };
  entry.data.official = {
    ...entry.data.official,
    title: { ru: { text: facts.title, grade: 'official' } },
    number: facts.number,
    adopted: facts.adopted,
    aliases: [],
  };
  entry.data.namedAs = namedAs.map((text) => ({ text, locator }));
  return entry;
}

// Two laws share a title and differ by date and number; a decree shares the later law's year.
const law1997 = () =>
  norm('law-1997', { title: 'О миграции населения', number: '204-I', adopted: '1997-12-13' }, []);
const law2011 = (...namedAs: string[]) =>
  norm('law-2011', { title: 'О миграции населения', number: '477-IV', adopted: '2011-07-22' }, namedAs);
const decree = () =>
  norm('decree-88', { title: 'Указ Президента № 88', number: '88', adopted: '2011-05-23' }, []);

describe('identityTokens', () => {
  test('cuts words to four letters, keeps numbers and codes whole, drops short words and «год»', () => {
    expect([...identityTokens('Конституцию РК (ст. 24) на 2023–2027 годы, C097, № 477-IV')]).toEqual([
      'конс',
      '24',
      '2023',
      '2027',
      'c097',
      '477',
    ]);
  });

  test('inflected forms of one word compare equal', () => {
    expect(identityTokens('Трудового кодекса')).toEqual(identityTokens('Трудовой кодекс'));
  });
});

describe('distinctiveFeatures', () => {
  test('a shared title identifies neither law; number, year and day of adoption do', () => {
    const features = distinctiveFeatures([law1997(), law2011(), decree()], []).get('law-2011') ?? [];
    expect(features).toContainEqual(['477']);
    expect(features).toContainEqual(['22', '2011']);
    expect(features).not.toContainEqual(['мигр']);
    // The decree was adopted in 2011 too: the year alone does not tell the two apart.
    expect(features).not.toContainEqual(['2011']);
  });
});

describe('findUnidentifyingNames', () => {
  test('refuses a "named" place that gives only the title two laws share, naming file and quote', () => {
    const problems = findUnidentifyingNames(
      [law1997(), law2011('Закон «О миграции населения»'), decree()],
      [],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/norms/law-2011.yaml', field: 'namedAs[0].text' });
    expect(problems[0]?.reason).toContain('«Закон «О миграции населения»» contains nothing that identifies');
  });

  test('accepts places that give the number or the date', () => {
    const named = law2011('Закон № 477-IV', 'Закон РК «О миграции населения» от 22 июля 2011 года');
    expect(findUnidentifyingNames([law1997(), named, decree()], [])).toEqual([]);
  });
});

describe('readings', () => {
  const reading = (note: string) => ({
    text: 'Конституции',
    locator,
    note: { collection: 'notes' as const, id: note },
  });

  test('a paragraph both named and read as a norm counts as named', () => {
    const entry = structuredClone(fixtures.norms[0]!);
    entry.data.identifiedAs = [reading('demo-note')];
    const place = normPlaces([entry]).get(placeKey('demo-2024/introduction', 1))?.get(entry.id);
    expect(place).toEqual({ named: true });
    entry.data.namedAs = [];
    expect(normPlaces([entry]).get(placeKey('demo-2024/introduction', 1))?.get(entry.id)).toEqual({
      named: false,
      readingNote: 'demo-note',
    });
  });

  test("a reading's note must be about the norm", () => {
    const entry = structuredClone(fixtures.norms[0]!);
    entry.data.identifiedAs = [reading('demo-note')];
    expect(findReadingsOffTheirNote([entry], fixtures.notes)).toEqual([]);
    const note = structuredClone(fixtures.notes[0]!);
    note.data.about.norms = [];
    expect(findReadingsOffTheirNote([entry], [note])).toEqual([
      {
        file: 'tests/fixtures/content/norms/demo-constitution.yaml',
        field: 'identifiedAs[0].note',
        reason: 'note "demo-note" is not about this norm (add "demo-constitution" to its about.norms)',
      },
    ]);
  });
});

describe('the names of the bodies behind a norm', () => {
  test('do not identify it: «договорам ООН» does not name the UN convention', () => {
    const convention = norm(
      'un-convention',
      { title: 'Конвенция ООН о трудящихся-мигрантах', number: null, adopted: '1990-12-18' },
      ['договорам ООН'],
    );
    convention.data.official.adoptedBy = { collection: 'organizations', id: 'un' };
    const un = structuredClone(fixtures.organizations[0]!);
    un.id = 'un';
    un.data.name = {
      ru: 'Организация Объединённых Наций',
      kk: 'Біріккен Ұлттар Ұйымы',
      en: 'United Nations',
    };
    un.data.abbreviation = { ru: 'ООН', kk: 'БҰҰ', en: 'UN' };
    expect(findUnidentifyingNames([convention], [])).toEqual([]);
    expect(findUnidentifyingNames([convention], [un]).map((p) => p.field)).toEqual(['namedAs[0].text']);
  });
});
