import type { CslItem, CslName } from '../open-data/csl';
import { GOST_AREA_SEPARATOR, paragraphsLocator } from './paragraph';

/** GOST's general designation of an electronic resource, written after the title. */
const ELECTRONIC_RESOURCE = '[Электронный ресурс]';

/** The words a GOST citation narrows a section with, in the UI language. */
export interface GostLabels {
  /** «раздел». */
  section: string;
  /** «абз.». */
  paragraph: string;
}

/** A CSL date's parts as GOST prints a full date («22.07.2011»), or the year alone. */
function gostDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  if (month === undefined || day === undefined) return String(year);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** «раздел «Введение», абз. 3–5»: a section's heading and the paragraphs cited, if any. */
export function sectionLocator(labels: GostLabels, heading: string, paragraphs: string | undefined): string {
  return `${labels.section} «${heading}»${paragraphs ? paragraphsLocator(labels.paragraph, paragraphs) : ''}`;
}

/** «Хамзин А.Ш.»: surname, then initials, as the article's reference list prints names. */
function gostName(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.family} ${name.given}`;
}

/** The title area: authors, title (an act's form, date and number), the electronic-resource mark, the journal. */
function titleArea(item: CslItem): string {
  const authors = item.author?.map(gostName).join(', ');
  const legal = item.type === 'legislation' || item.type === 'treaty';
  const date = item.issued?.['date-parts'][0];
  let title = item.title;
  // A Kazakh act's form, date and number follow its title («О миграции населения : закон … от
  // 22.07.2011 № 477-IV»); a title that names the form itself (a code, a convention, an editorial
  // short title) already says what it is, so only a number it does not print is added.
  if (legal && item.genre) {
    title += ` : ${item.genre}`;
    if (date) title += ` от ${gostDate(date)}`;
  }
  if (legal && item.number && !title.includes(`№ ${item.number}`)) title += ` № ${item.number}`;
  // A work identified by a DOI is a printed one; a work known only by its address is electronic.
  if (item.URL !== undefined && item.DOI === undefined) title += ` ${ELECTRONIC_RESOURCE}`;
  if (item['container-title']) title += ` // ${item['container-title']}`;
  return authors ? `${authors} ${title}` : title;
}

/** The publication area of a report: «Алматы : Международная организация труда, 2008». */
function imprint(item: CslItem, year: string | undefined): string | undefined {
  const parts = [item['publisher-place'], item.publisher].filter(Boolean).join(' : ');
  if (!parts) return year;
  return year ? `${parts}, ${year}` : parts;
}

/**
 * A CSL item as a GOST R 7.0.5-2008 citation, in the form of the article's own reference list:
 * «Автор И.О. Заглавие // Журнал. – 2025. – № 3. – С. 10–20. – DOI: …», an electronic resource
 * with «[Электронный ресурс]. – URL: … (дата обращения: 12.06.2025)», an act with its form, date
 * and number. A section is narrowed with its heading and paragraphs («– раздел «Введение», абз.
 * 3–5»). Values stand in the work's own language, as GOST requires; no final full stop, so that a
 * citation ending in an address leaves it intact.
 */
export function formatGost(item: CslItem, labels: GostLabels, paragraphs?: string): string {
  const legal = item.type === 'legislation' || item.type === 'treaty';
  const yearPart = item.issued?.['date-parts'][0]?.[0];
  const year = yearPart === undefined ? undefined : String(yearPart);
  const areas = [titleArea(item)];
  const published = item.type === 'report' ? imprint(item, year) : legal ? undefined : year;
  if (published !== undefined) areas.push(published);
  if (item.volume) areas.push(`Т. ${item.volume}`);
  if (item.issue) areas.push(`№ ${item.issue}`);
  if (item.page) areas.push(`С. ${item.page}`);
  if (item['number-of-pages']) areas.push(`${item['number-of-pages']} с.`);
  if (item.DOI) areas.push(`DOI: ${item.DOI}`);
  if (item.section) areas.push(sectionLocator(labels, item.section, paragraphs));
  if (item.URL) {
    const accessed = item.accessed ? ` (дата обращения: ${gostDate(item.accessed['date-parts'][0])})` : '';
    areas.push(`URL: ${item.URL}${accessed}`);
  }
  return areas.join(GOST_AREA_SEPARATOR);
}
