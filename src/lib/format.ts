import { CITATION_FORM, CITATION_NUMBER, LOCATOR_LIST, LOCATOR_PART } from '../i18n/keys';
import { pick, useTranslations, type UiLang } from '../i18n';
import type { Locator } from '../schemas/locator';
import type { CitationSite, Graph } from './graph';
import { entityPath, numberedEntryPath, paragraphPath } from './routes';

/**
 * A calendar date for people: `2011-07-22` → «22 июля 2011 г.», «2011 жылғы 22 шілде», "22 July
 * 2011". Kazakh is written in the formal style official texts use («жылғы»), not with the «ж.»
 * that ICU gives, which belongs to notes and tables (citations keep it: see cite/locales.ts).
 */
export function formatDate(iso: string, lang: UiLang): string {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const date = new Date(`${iso}T00:00:00Z`);
  if (lang !== 'kk') return format.format(date);
  const parts = format.formatToParts(date);
  return parts
    .map((part, index) =>
      part.type === 'literal' && parts[index - 1]?.type === 'year' ? ' жылғы ' : part.value,
    )
    .join('');
}

/** A territory by its ISO 3166 code, as the language names it: `KZ` → «Казахстан», «Қазақстан», "Kazakhstan". */
export function formatTerritory(code: string, lang: UiLang): string {
  return new Intl.DisplayNames(lang, { type: 'region' }).of(code) ?? code;
}

/** A number as the language writes it: 17425 → «17 425», 86.1 → «86,1». */
export function formatNumber(value: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** A figure as the article prints it, with the hedge printed before it: «около 17 425». */
export function printedFigure({
  qualifier,
  printedValue,
}: {
  qualifier?: string | undefined;
  printedValue: string;
}): string {
  return qualifier ? `${qualifier} ${printedValue}` : printedValue;
}

/** A base-less path to the place a locator points at (a paragraph, a footnote, a list entry). */
export function locatorPath(locator: Locator): string {
  switch (locator.in) {
    case 'body':
      return paragraphPath(locator.section.id, locator.paragraph);
    case 'footnote':
      return numberedEntryPath(locator.article.id, 'footnotes', locator.number);
    case 'reference':
      return numberedEntryPath(locator.article.id, 'references', locator.number);
    case 'front': {
      // The authors block and the identifiers are shown once; titles, abstracts, keywords per language.
      const anchor =
        locator.part === 'authors' || locator.part === 'identifiers'
          ? locator.part
          : `${locator.part}-${locator.lang}`;
      return `${entityPath('articles', locator.article.id)}#${anchor}`;
    }
  }
}

/** A short human label for a locator: «Введение, абз. 6», «сноска 4», «источник 5 (References)». */
export function locatorLabel(graph: Graph, locator: Locator, lang: UiLang): string {
  const t = useTranslations(lang);
  switch (locator.in) {
    case 'body':
      return t('locator.sectionParagraph', {
        section: pick(graph.entry('sections', locator.section.id).data.navTitle, lang).text,
        number: locator.paragraph,
      });
    case 'footnote':
      return t('locator.footnote', { number: locator.number });
    case 'reference':
      return t('locator.referenceIn', { number: locator.number, list: t(LOCATOR_LIST[locator.list]) });
    case 'front':
      return t('locator.front', { part: t(LOCATOR_PART[locator.part]), lang: locator.lang });
  }
}

/** Where a citation stands and how it points: «Введение, абз. 6», «сноска 4». */
export function citationSiteLabels(site: CitationSite, lang: UiLang): { place: string; form: string } {
  const t = useTranslations(lang);
  const { form, number } = site;
  return {
    place: t('locator.sectionParagraph', {
      section: pick(site.section.data.navTitle, lang).text,
      number: site.paragraph,
    }),
    form:
      form === 'mention' || number === undefined
        ? t(CITATION_FORM[form])
        : t(CITATION_NUMBER[form], { number }),
  };
}
