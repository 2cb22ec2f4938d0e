import { messageOf, placeholders, translate, type Params, type UiKey, type UiLang } from '.';

/** A piece of a translated phrase: text to print as it is, or the name of a slot markup fills. */
export type Part = { readonly text: string } | { readonly slot: string };

// Stands in for a slot while the message is interpolated: no text the site prints holds a NUL.
const MARK = '\u0000';
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`);

/**
 * A key's message in a language, split where markup must sit inside it (a link, a `<Label>`): the
 * placeholders `params` fill become text, and each other placeholder becomes a slot, in the order
 * the language puts them. The checks of `translate` hold: a parameter the message has no
 * placeholder for throws, and so does a plural key without a number `count`.
 */
export function translateParts(lang: UiLang, key: UiKey, params: Params = {}): Part[] {
  const message = messageOf(lang, key);
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const slots = [...new Set(texts.flatMap(placeholders))].filter((name) => !Object.hasOwn(params, name));
  const marks = Object.fromEntries(slots.map((name, i) => [name, `${MARK}${i}${MARK}`]));
  // split() with a capturing group alternates text and the captured slot numbers.
  return translate(lang, key, { ...params, ...marks })
    .split(MARKED)
    .flatMap((piece, i): Part[] => {
      if (i % 2 === 0) return piece === '' ? [] : [{ text: piece }];
      return [{ slot: slots[Number(piece)] ?? '' }];
    });
}

/**
 * A slot's rendered markup without the spaces at its edges, inside its outer element included: the
 * phrase's own spaces and punctuation are then the only ones around it, where a template's line
 * breaks (`<a …>⏎<Label />⏎</a>`) would put spaces inside «…» or before «)».
 */
export function hugSlot(html: string): string {
  return html
    .trim()
    .replace(/^(<[^>]+>)\s+/, '$1')
    .replace(/\s+(<\/[\w-]+>)$/, '$1');
}
