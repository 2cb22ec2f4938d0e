/**
 * Citations written by citeproc-js with the official CSL styles (see csl-library.ts): a work's
 * reference, and the style's own citation of it (a note or an in-text citation) with a pinpoint.
 * One engine per style and locale, made on first use.
 */
import CSL, { type Engine } from 'citeproc';
import type { CslItem } from '../open-data/csl';
import { officialStyle, type CslNode } from './csl-library';
import { citationLocale } from './locales';
import { STYLE_SPECS, type CitationStyle } from './styles';

/** A pinpoint inside the cited work, as a CSL locator: a paragraph's number, a section's heading. */
export interface Locator {
  label: 'paragraph' | 'section';
  value: string;
}

/** A style with its literal labels (`value`, `prefix`, `suffix`) replaced by a table's. */
function withLiterals(style: CslNode, table: Record<string, string>): CslNode {
  const copy = structuredClone(style);
  const used = new Set<string>();
  const visit = (node: CslNode) => {
    for (const attr of ['value', 'prefix', 'suffix']) {
      const value = node.attrs[attr];
      const replacement = value === undefined ? undefined : table[value];
      if (value !== undefined && replacement !== undefined) {
        node.attrs[attr] = replacement;
        used.add(value);
      }
    }
    for (const child of node.children) if (typeof child !== 'string') visit(child);
  };
  visit(copy);
  const unused = Object.keys(table).filter((literal) => !used.has(literal));
  if (unused.length > 0) throw new Error(`cite: the style no longer writes ${unused.join(', ')}`);
  return copy;
}

/**
 * A style whose term overrides name no language (OSCOLA's «para», «s») with them kept to English:
 * they are the English abbreviations of an English style, and a citation in another locale takes
 * that locale's terms.
 */
function englishOverrides(style: CslNode): CslNode {
  const copy = structuredClone(style);
  for (const child of copy.children)
    if (typeof child !== 'string' && child.name === 'locale' && child.attrs['xml:lang'] === undefined)
      child.attrs['xml:lang'] = 'en';
  return copy;
}

/**
 * The style a citation is written in: the official one; in a locale that is not English, with its
 * language-less overrides kept to English, and its literal labels in the locale's words where
 * its spec gives them (GOST's in Kazakh).
 */
function styleFor(style: CitationStyle, locale: string): CslNode {
  const official = officialStyle(STYLE_SPECS[style].csl);
  if (locale.startsWith('en')) return official;
  const localised = englishOverrides(official);
  const literals = STYLE_SPECS[style].literals?.[locale];
  return literals ? withLiterals(localised, literals) : localised;
}

/** Whether a style cites in notes (OSCOLA, Chicago) or in the text (APA, GOST), as its CSL `class` says. */
export function citationForm(style: CitationStyle): 'note' | 'in-text' {
  return officialStyle(STYLE_SPECS[style].csl).attrs['class'] === 'note' ? 'note' : 'in-text';
}

/** A citeproc-js engine and the item it is writing (the engine asks for items by id). */
interface Writer {
  engine: Engine;
  items: Map<string, CslItem>;
  /** The loaded item, serialised: registering an item is most of a citation's cost, so it is done once per item. */
  loaded: string | undefined;
}

const writers = new Map<string, Writer>();

function writerFor(style: CitationStyle, locale: string): Writer {
  const key = `${style} ${locale}`;
  const cached = writers.get(key);
  if (cached) return cached;
  const items = new Map<string, CslItem>();
  const engine = new CSL.Engine(
    {
      retrieveLocale: (tag: string) => citationLocale(tag === 'en' ? 'en-US' : tag === 'ru' ? 'ru-RU' : tag),
      retrieveItem: (id: string) => {
        const item = items.get(id);
        if (!item) throw new Error(`cite: citeproc asked for an unknown item "${id}"`);
        return item;
      },
    },
    styleFor(style, locale),
    locale,
    true,
  );
  engine.setOutputFormat('text');
  const writer: Writer = { engine, items, loaded: undefined };
  writers.set(key, writer);
  return writer;
}

/** Registers the one item a call writes, unless it is the one registered already (its reference, then its citation). */
function load(writer: Writer, item: CslItem): void {
  const serialised = JSON.stringify(item);
  if (serialised === writer.loaded) return;
  writer.items.clear();
  writer.items.set(item.id, item);
  writer.engine.updateItems([item.id]);
  writer.loaded = serialised;
}

/** A work's reference (its bibliography entry), plain text. */
export function writeReference(item: CslItem, style: CitationStyle, locale: string): string {
  const writer = writerFor(style, locale);
  load(writer, item);
  const [, entries] = writer.engine.makeBibliography();
  const entry = entries.join('').trim();
  if (entry === '') throw new Error(`cite: ${STYLE_SPECS[style].csl} wrote no reference for ${item.id}`);
  // A numeric style numbers its list; one reference on its own has no number.
  return entry.replace(/^\d+\.\s+/u, '');
}

/** The style's citation of a work (a first note, or an in-text citation), with a pinpoint if given. */
export function writeCitation(
  item: CslItem,
  style: CitationStyle,
  locale: string,
  locator: Locator | undefined,
): string {
  const writer = writerFor(style, locale);
  load(writer, item);
  const cite = locator ? { id: item.id, locator: locator.value, label: locator.label } : { id: item.id };
  return writer.engine.makeCitationCluster([cite]).trim();
}
