/**
 * Quotations in editorial prose must be the article's words.
 *
 * The convention: in editorial prose (every ru/kk/en localized text of every collection, except
 * the article's own front matter (`articles`) and the section bodies (`sections`), which are the
 * article itself), text inside «guillemets» is the article's words and must occur verbatim in the
 * article: a section heading or body paragraph, a footnote, either reference list or its heading,
 * or the front matter in any language. Only the outermost balanced pair counts, since the article itself nests «…«…»…»; an
 * ellipsis «…» inside a quotation marks words left out, and each piece around it must occur, in
 * order, in one of those texts. Words quoted from anywhere else (another act, the ILO, Adilet, a
 * page's title, the editors' own expected form) take other marks: „…“ in ru and kk, “…” in en.
 *
 * Evidence titles, the verbatim `text` of quotes and printed forms are plain strings, not localized
 * text, so they are not editorial prose and are not read here (the locator check verifies quotes).
 */
import { UI_LANGS } from '../i18n/langs';
import type { CollectionName, Collections } from './content';
import type { ContentProblem } from './integrity';

/** The collections that are the article itself, not editorial prose about it. */
const THE_ARTICLE: readonly CollectionName[] = ['articles', 'sections'];

/**
 * The «…» quotations of a text (outermost balanced pairs), and whether a « is left open. A stray »
 * outside any pair is not a quotation mark of the prose: it is the article's own unpaired mark,
 * reproduced where a note shows it (strategy-2050-quotes).
 */
export function guillemetQuotations(text: string): { quotes: string[]; unbalanced: boolean } {
  const quotes: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (text[i] === '»') {
      if (depth > 0 && --depth === 0) quotes.push(text.slice(start, i));
    }
  }
  return { quotes, unbalanced: depth > 0 };
}

/** Spaces and line breaks as one space: YAML folds lines, the article's text keeps its own. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether `quote` occurs in one of `texts`, its pieces around each «…» in order. */
export function occursIn(quote: string, texts: readonly string[]): boolean {
  const pieces = squeeze(quote)
    .split('…')
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length === 0) return true;
  return texts.some((raw) => {
    const text = squeeze(raw);
    let from = 0;
    for (const piece of pieces) {
      const at = text.indexOf(piece, from);
      if (at < 0) return false;
      from = at + piece.length;
    }
    return true;
  });
}

const LANGS = new Set<string>(UI_LANGS);

/** A localized text: an object of ru (required), kk and en strings only. */
function isLocalized(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    'ru' in value &&
    entries.length > 0 &&
    entries.every(([key, text]) => LANGS.has(key) && typeof text === 'string')
  );
}

/**
 * Every «…» quotation in editorial prose that does not occur in the article's texts (`texts`:
 * body paragraphs, footnotes, both reference lists, front matter), one problem per quotation,
 * naming the file, the field (`definition.ru`) and the quote; an unbalanced «» is a problem too.
 */
export function checkEditorialQuotations(
  collections: Collections,
  texts: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (value: unknown, path: string, file: string) => {
    if (isLocalized(value)) {
      for (const [lang, text] of Object.entries(value)) {
        const field = path ? `${path}.${lang}` : lang;
        const { quotes, unbalanced } = guillemetQuotations(text);
        if (unbalanced) problems.push({ file, field, reason: 'has a « that no » closes' });
        for (const quote of quotes)
          if (!occursIn(quote, texts))
            problems.push({
              file,
              field,
              reason: `«${quote}» is not the article's words (not verbatim anywhere in it); quote the article exactly, or mark words from elsewhere „…“ (ru, kk) or “…” (en)`,
            });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, file));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, file);
  };
  for (const name of Object.keys(collections) as CollectionName[]) {
    if (THE_ARTICLE.includes(name)) continue;
    for (const entry of collections[name]) walk(entry.data, '', entry.filePath ?? `${name}/${entry.id}`);
  }
  return problems;
}
