import type { UiLang } from '../../i18n/langs';

/** The citation styles offered, the article's own first. */
export const CITATION_STYLES = ['gost', 'apa', 'oscola', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** How a style is rendered: the official CSL style, and the CSL locale it speaks in each UI language. */
export interface StyleSpec {
  /** The style's id in the CSL styles repository. */
  csl: string;
  /** The CSL locale per UI language. GOST, a Russian standard, stays Russian in the English UI. */
  locales: Record<UiLang, string>;
  /** Whether a work in another language than the citation's gets an English translation of its title in square brackets. */
  translatesTitles: boolean;
  /**
   * Where a pinpoint (a section, a paragraph) goes: into the style's own citation (an in-text
   * citation or a note), or after the reference, for a style whose citation can only point to a
   * page (the official GOST style prints every locator as «с.»).
   */
  pinpoint: 'citation' | 'reference';
  /** Whether the style's first citation of a work is complete on its own (OSCOLA's footnote), so that a copy needs no reference after it. */
  completeCitation: boolean;
  /** Whether the style has a treaty of its own; one that has none cites a treaty as an act. */
  citesTreaties: boolean;
  /** Whether the style gives an act's date in its title area only (GOST), not again as a year. */
  datesActsInTitle: boolean;
  /**
   * Labels the style writes as literals rather than locale terms, in another locale's words, by
   * locale tag (GOST's Russian literals in Kazakh; editorial, for native review).
   */
  literals?: Record<string, Record<string, string>>;
}

/** Every offered style's official CSL style and locales. */
export const STYLE_SPECS: Record<CitationStyle, StyleSpec> = {
  gost: {
    csl: 'gost-r-7-0-5-2008',
    locales: { ru: 'ru-RU', kk: 'kk-KZ', en: 'ru-RU' },
    translatesTitles: false,
    pinpoint: 'reference',
    completeCitation: false,
    citesTreaties: false,
    datesActsInTitle: true,
    literals: {
      'kk-KZ': {
        '[Электронный ресурс]. ': '[Электрондық ресурс]. ',
        'С. ': 'Б. ',
        ' с.': ' б.',
        '/ под ред. ': '/ ред. ',
        ' Вып. ': ' Шығ. ',
      },
    },
  },
  apa: {
    csl: 'apa',
    locales: { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-US' },
    translatesTitles: true,
    pinpoint: 'citation',
    completeCitation: false,
    // APA's official style prints a treaty's title only from an author it expects there.
    citesTreaties: false,
    datesActsInTitle: false,
  },
  oscola: {
    csl: 'oscola',
    locales: { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' },
    translatesTitles: true,
    pinpoint: 'citation',
    completeCitation: true,
    citesTreaties: true,
    datesActsInTitle: false,
  },
  chicago: {
    csl: 'chicago-note-bibliography',
    locales: { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-US' },
    translatesTitles: true,
    // Chicago's notes with a bibliography are short ones: the author and a short title.
    pinpoint: 'citation',
    completeCitation: false,
    citesTreaties: true,
    datesActsInTitle: false,
  },
};
