import type { Entry } from '../content';

/** Whose a field of a figure's page is: the article's, as printed, or the editors'. */
export type FieldOrigin = 'article' | 'editorial';

/** The fields of a figure's page, in the order it lists them. */
export type FigureField = 'value' | 'printed' | 'counts' | 'at' | 'geography' | 'source';

/** The months as a Russian date writes them («1 мая 2023 года»). */
const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** Whether the article's sentence itself names the year or the day a figure refers to. */
function timeStated({ at, sentence }: Entry<'statistics'>['data']): boolean {
  const text = sentence.text.replace(/\s+/gu, ' ');
  if (at.kind === 'year') return new RegExp(`(^|\\D)${at.year}(\\D|$)`, 'u').test(text);
  const [year, month, day] = at.date.split('-').map(Number) as [number, number, number];
  return text.includes(`${day} ${MONTHS_GENITIVE[month - 1]} ${year}`);
}

/**
 * Which fields of a figure's page are the article's own and which the editors': the printed value
 * and the source (a footnote, a reference or none) are as printed; the normalised value, the words
 * for what is counted and the territory's code are the editors' reading of the sentence, and so is
 * the time it refers to where the sentence does not name it.
 */
export function figureFieldOrigins(statistic: Entry<'statistics'>): Record<FigureField, FieldOrigin> {
  return {
    value: 'editorial',
    printed: 'article',
    counts: 'editorial',
    at: timeStated(statistic.data) ? 'article' : 'editorial',
    geography: 'editorial',
    source: 'article',
  };
}
