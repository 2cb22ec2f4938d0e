import { useTranslations, type PlainKey, type UiLang } from '../../i18n';
import { UI_LANGS } from '../../i18n/langs';
import type { Lang } from '../../schemas/common';

/**
 * What a search result is, and the `type` filter's values (labelled by the UI strings
 * `search.type.<type>`): a collection's declared `searchType`, or `page` for the site's other pages.
 */
export type SearchType = string;

/**
 * How much a page's heading weighs in search, where it should not weigh as a heading does. An
 * editorial note is about entries and its heading names them («… — Закон от 22 июля 2011 года
 * № 477-IV»): weighed as body text, the note no longer outranks the entry's own page.
 */
export const HEADING_WEIGHT: Partial<Record<SearchType, number>> = { note: 1 };

/** The filters, metadata and sort keys one page gives the search index. */
export interface SearchFacets {
  type: SearchType;
  /** Enacting state or organisation (ISO code or the organisation's English abbreviation). */
  jurisdiction?: string[];
  /** The year the entry is dated by (adoption, publication, reference date). */
  year?: number;
  /** Languages of the text on the page (its own content, not the UI). */
  languages: Lang[];
  /**
   * What a result shows in a Kazakh or English UI (the index holds the Russian pages): the
   * entry's name, and for an editorial entry a summary, in that language.
   */
  shown?: { title?: Partial<Record<'kk' | 'en', string>>; summary?: Partial<Record<'kk' | 'en', string>> };
  /** The entry's names in the other languages, indexed as its heading is: «work permit» finds it. */
  names?: string[];
}

/** Languages a localized text exists in. */
export function languagesOf(text: { ru: string; kk?: string | undefined; en?: string | undefined }): Lang[] {
  return UI_LANGS.filter((lang) => text[lang] !== undefined);
}

/** The facets of one of the site's own pages (about, overview), titled by a UI string. */
export function sitePageFacets(titleKey: PlainKey, lang: UiLang): SearchFacets {
  const title = { kk: useTranslations('kk')(titleKey), en: useTranslations('en')(titleKey) };
  return { type: 'page', languages: [lang], shown: { title }, names: [title.kk, title.en] };
}
