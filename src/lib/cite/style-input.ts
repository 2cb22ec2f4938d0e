/**
 * What a citation record becomes before an official style writes it. The records (records.ts) are
 * what reference managers import; a style needs three things said differently:
 * - a Kazakh act is cited as its jurisdiction cites it, its form, date and number after its title
 *   («О миграции населения : закон Республики Казахстан от 22.07.2011 № 477-IV»), as GOST's
 *   other title information and as OSCOLA and APA ask for foreign legislation. Its number then
 *   leaves the `number` variable, which APA would print as a United States «Pub. L. No.»;
 * - GOST prints an act's date once, in the title, not again as a year after it;
 * - GOST's and APA's official styles have no treaty of their own (APA's prints a treaty's title
 *   only from an author it expects there), so a treaty is an act to them;
 * - in the English UI, a style that asks for it gets the title of a work in another language
 *   followed by its English translation in square brackets;
 * - a title that quotes another language («обозначена две позиции» in an English note's title) keeps
 *   the quotation's case where a style title-cases English titles (CSL's `nocase` markup).
 */
import { languageRuns } from '../../i18n/language-runs';
import type { UiLang } from '../../i18n/langs';
import type { CslItem } from '../open-data/csl';
import { STYLE_SPECS, type CitationStyle } from './styles';

/** A CSL date's parts as a Kazakh act's citation prints them: «22.07.2011». */
function numericDate(parts: readonly number[]): string | undefined {
  const [year, month, day] = parts;
  if (month === undefined || day === undefined) return undefined;
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/**
 * An act's title in its jurisdiction's citation form: its form and date after the title, then its
 * number unless the title names it already (a convention «№ 97»). `dated` adds the date to a
 * title without a form too (GOST gives an act's date in its title area only).
 */
function actTitle(item: CslItem, dated: boolean): string {
  let title = item.title;
  const date = item.issued ? numericDate(item.issued['date-parts'][0]) : undefined;
  if (item.genre) title += ` : ${item.genre}`;
  if (date && (item.genre || dated)) title += ` от ${date}`;
  if (item.number && !title.includes(item.number)) title += ` № ${item.number}`;
  return title;
}

/** Whether `style` in `lang` follows the title of `item` with its English translation. */
export function translatesTitle(item: CslItem, style: CitationStyle, lang: UiLang): boolean {
  return STYLE_SPECS[style].translatesTitles && lang === 'en' && item.language !== 'en';
}

/** The record as `style` writes it in `lang`; `translation` is the title's English translation, if any. */
export function styleInput(
  item: CslItem,
  style: CitationStyle,
  lang: UiLang,
  translation: string | undefined,
): CslItem {
  const input: CslItem = { ...item };
  // A style without a treaty of its own (GOST, APA) cites a treaty as an act.
  const act = item.type === 'legislation' || (item.type === 'treaty' && !STYLE_SPECS[style].citesTreaties);
  if (act) {
    input.type = 'legislation';
    input.title = actTitle(item, STYLE_SPECS[style].datesActsInTitle);
    delete input.number;
    delete input.genre;
    if (STYLE_SPECS[style].datesActsInTitle) delete input.issued;
  }
  if (translation !== undefined && translatesTitle(item, style, lang))
    input.title = `${input.title} [${translation}]`;
  input.title = keepingQuotationsCase(input.title);
  return input;
}

/** A title with its stretches in Cyrillic script marked for styles to leave their case alone. */
function keepingQuotationsCase(title: string): string {
  return languageRuns(title, 'en')
    .map((run) => (run.lang ? `<span class="nocase">${run.text}</span>` : run.text))
    .join('');
}
