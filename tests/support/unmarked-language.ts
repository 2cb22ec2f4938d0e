import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { isEnglishFunctionWord, isRussianWord, wordsOf } from '../../src/i18n/language-runs';

/**
 * Finds text on a Kazakh or English page that is in another language and not marked as such: a
 * reader's screen reader would read Russian with Kazakh or English rules, and a reader would meet
 * Russian editorial text where the page promises their language. Text is marked by a `lang`
 * attribute on it or on an element around it; what counts is the nearest one.
 *
 * What "another language" means, per page language:
 * - on an English page, any Cyrillic word (Russian or Kazakh);
 * - on a Kazakh page, Russian (a text with two or more words that only Russian has: function
 *   words and inflections Kazakh does not use, in words without a Kazakh letter) and English (two
 *   or more English function words).
 */
export type PageLang = 'kk' | 'en';

export interface UnmarkedText {
  /** The language the text looks to be in. */
  looksLike: 'ru' | 'kk' | 'en' | 'cyrillic';
  /** The text (a text node, or an attribute a reader is shown or read). */
  text: string;
}

const KAZAKH_LETTER = /[әғқңөұүһі]/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

const russianWords = (text: string) => wordsOf(text).filter(isRussianWord).length;
const englishWords = (text: string) => wordsOf(text).filter(isEnglishFunctionWord).length;

/** The other language a text shows on a page in `lang`, if any. */
export function foreignLanguageOf(text: string, lang: PageLang): UnmarkedText['looksLike'] | undefined {
  if (lang === 'en') {
    if (!CYRILLIC.test(text)) return undefined;
    return KAZAKH_LETTER.test(text) ? 'kk' : russianWords(text) > 0 ? 'ru' : 'cyrillic';
  }
  if (russianWords(text) >= 2) return 'ru';
  if (englishWords(text) >= 2) return 'en';
  return undefined;
}

/** Elements whose text no reader sees as text of the page. */
const UNSHOWN = new Set(['script', 'style', 'template']);
/** Attributes whose text readers are shown or read aloud. */
const SHOWN_ATTRIBUTES = ['ariaLabel', 'alt', 'title', 'placeholder'] as const;

/**
 * An attribute or the document's `<title>` can carry no markup, so a quotation inside cannot be
 * marked: there only a text wholly in another language counts (no letter of the page's language).
 */
function whollyForeign(text: string, lang: PageLang): boolean {
  return lang === 'en' ? !/\p{Script=Latin}/u.test(text) : !KAZAKH_LETTER.test(text);
}

/** Text on the page in another language than the page's, with no `lang` marking it. */
export function unmarkedText(html: string, lang: PageLang): UnmarkedText[] {
  const found: UnmarkedText[] = [];
  const check = (text: string, effective: string, markable: boolean) => {
    if (effective !== lang) return;
    const looksLike = foreignLanguageOf(text, lang);
    if (looksLike && (markable || whollyForeign(text, lang)))
      found.push({ looksLike, text: text.replace(/\s+/gu, ' ').trim() });
  };
  const visit = (node: Nodes, effective: string, markable: boolean) => {
    if (node.type === 'text') return check(node.value, effective, markable);
    if (node.type !== 'element' && node.type !== 'root') return;
    let here = effective;
    if (node.type === 'element') {
      if (UNSHOWN.has(node.tagName) || node.properties['hidden'] !== undefined) return;
      const own = node.properties['lang'];
      if (typeof own === 'string') here = own;
      for (const name of SHOWN_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') check(value, here, false);
      }
    }
    const inTitle = node.type === 'element' && node.tagName === 'title';
    for (const child of (node as Element | Root).children) visit(child, here, markable && !inTitle);
  };
  visit(fromHtml(html), lang, true);
  return found;
}
