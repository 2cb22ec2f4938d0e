import type { Entry } from './content';
import type { ContentProblem } from './integrity';

/**
 * Words that say nothing about which instrument is meant, whatever the title: "year" in the three
 * languages («на 2023–2027 годы», «1949 году», "of 1990").
 */
const UNINFORMATIVE = /^(год|жыл|year)/;

/**
 * The comparable tokens of a text: lower-cased words cut to their first four letters (Russian and
 * Kazakh inflect at the end: «Конституцию», «Конституции» → «конс»), numbers whole («477», «2011»),
 * letter-digit codes whole («c097»). One- and two-letter words (prepositions, «РК», the «IV» of a
 * number) carry no identity on their own and are left out.
 */
export function identityTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const [word] of text
    .toLocaleLowerCase('ru')
    .normalize('NFKC')
    .matchAll(/[\p{L}\p{N}]+/gu)) {
    if (/\p{N}/u.test(word)) tokens.add(word);
    else if (word.length >= 3 && !UNINFORMATIVE.test(word)) tokens.add(word.slice(0, 4));
  }
  return tokens;
}

/**
 * Everything a norm is known by: its titles, short titles, number, aliases and date of adoption,
 * less the names of the bodies behind it. «ООН» in «Конвенция ООН о трудящихся-мигрантах» names
 * the organisation, not the convention: «договорам ООН» does not name it.
 */
function identityOf(
  norm: Entry<'norms'>,
  bodyTokens: Set<string>,
): { bag: Set<string>; features: string[][] } {
  const { shortTitle, official } = norm.data;
  const texts = [
    ...Object.values(shortTitle),
    ...Object.values(official.title ?? {}).map((title) => title?.text),
    ...(official.number ? [official.number] : []),
    ...official.aliases,
  ];
  const bag = new Set(
    texts
      .flatMap((text) => (text === undefined ? [] : [...identityTokens(text)]))
      .filter((token) => !bodyTokens.has(token)),
  );
  const features = [...bag].map((token) => [token]);
  if (official.adopted) {
    const [year = '', , day = ''] = official.adopted.split('-');
    bag.add(year);
    features.push([year], [String(Number(day)), year]);
  }
  return { bag, features };
}

/** The tokens of the names and abbreviations of the organisations under which a norm was made. */
function bodyTokensOf(norm: Entry<'norms'>, organizations: Entry<'organizations'>[]): Set<string> {
  const { jurisdiction, official } = norm.data;
  const ids = new Set([jurisdiction === 'KZ' ? undefined : jurisdiction.id, official.adoptedBy?.id]);
  const names = organizations
    .filter((organization) => ids.has(organization.id))
    .flatMap(({ data }) => [...Object.values(data.name), ...Object.values(data.abbreviation ?? {})]);
  return new Set(names.flatMap((name) => (name === undefined ? [] : [...identityTokens(name)])));
}

/**
 * For each norm, the features that tell it apart from every other norm: a token (a title word, the
 * number, the year) or the day and year of adoption together (two laws of 2011 differ by day). A
 * feature all of whose tokens another norm is also known by identifies neither.
 */
export function distinctiveFeatures(
  norms: Entry<'norms'>[],
  organizations: Entry<'organizations'>[],
): Map<string, string[][]> {
  const identities = norms.map((norm) => ({
    id: norm.id,
    ...identityOf(norm, bodyTokensOf(norm, organizations)),
  }));
  return new Map(
    identities.map(({ id, features }) => [
      id,
      features.filter((feature) =>
        identities.every((other) => other.id === id || !feature.every((token) => other.bag.has(token))),
      ),
    ]),
  );
}

/**
 * A place the content calls "named" must name the instrument: its quote carries at least one of
 * the instrument's distinctive features. A passage that speaks generally («конвенциях МОТ и ООН»)
 * belongs in `identifiedAs`, with the note that gives the editors' reading.
 */
export function findUnidentifyingNames(
  norms: Entry<'norms'>[],
  organizations: Entry<'organizations'>[],
): ContentProblem[] {
  const distinctive = distinctiveFeatures(norms, organizations);
  return norms.flatMap((norm) =>
    norm.data.namedAs.flatMap((quote, index) => {
      const tokens = identityTokens(quote.text);
      const names = (distinctive.get(norm.id) ?? []).some((feature) => feature.every((t) => tokens.has(t)));
      return names
        ? []
        : [
            {
              file: norm.filePath ?? `norms/${norm.id}`,
              field: `namedAs[${index}].text`,
              reason:
                `«${quote.text}» contains nothing that identifies this instrument among the others ` +
                '(no title word, number, year or short name of its own); if the editors read the ' +
                'passage as this instrument, list it under identifiedAs with the note that explains why',
            },
          ];
    }),
  );
}

/** How the article refers to a norm in one body paragraph. */
export interface NormPlace {
  /** The article names the norm there itself (a `namedAs` quote stands in the paragraph). */
  named: boolean;
  /** Otherwise, the id of the note that gives the editors' reading of the paragraph as this norm. */
  readingNote?: string;
}

/** `<section>#<paragraph>` → norm id → how the paragraph refers to it. */
export type NormPlaces = Map<string, Map<string, NormPlace>>;

/** The key of a body paragraph in `NormPlaces`. */
export const placeKey = (section: string, paragraph: number): string => `${section}#${paragraph}`;

/**
 * Every body paragraph that names a norm or is read as it, from the norms' `namedAs` and
 * `identifiedAs`; where a paragraph has both, it names the norm.
 */
export function normPlaces(norms: Entry<'norms'>[]): NormPlaces {
  const places: NormPlaces = new Map();
  const put = (
    locator: Entry<'norms'>['data']['namedAs'][number]['locator'],
    id: string,
    place: NormPlace,
  ) => {
    if (locator.in !== 'body') return;
    const key = placeKey(locator.section.id, locator.paragraph);
    const here = places.get(key) ?? new Map<string, NormPlace>();
    if (!here.get(id)?.named) here.set(id, place);
    places.set(key, here);
  };
  for (const norm of norms) {
    for (const reading of norm.data.identifiedAs)
      put(reading.locator, norm.id, { named: false, readingNote: reading.note.id });
    for (const quote of norm.data.namedAs) put(quote.locator, norm.id, { named: true });
  }
  return places;
}

/** A reading's note must be about the norm it explains, or the norm's page would not show it. */
export function findReadingsOffTheirNote(norms: Entry<'norms'>[], notes: Entry<'notes'>[]): ContentProblem[] {
  const about = new Map(notes.map((note) => [note.id, new Set(note.data.about.norms.map((n) => n.id))]));
  return norms.flatMap((norm) =>
    norm.data.identifiedAs.flatMap((reading, index) => {
      const norms = about.get(reading.note.id);
      // An unknown note id is reported with the other dangling references.
      return !norms || norms.has(norm.id)
        ? []
        : [
            {
              file: norm.filePath ?? `norms/${norm.id}`,
              field: `identifiedAs[${index}].note`,
              reason: `note "${reading.note.id}" is not about this norm (add "${norm.id}" to its about.norms)`,
            },
          ];
    }),
  );
}
