/**
 * A page's "On this page" contents: the sections of its rendered body, read from their headings.
 * The body is HTML that the site's own components render (Astro's serializer: attributes in
 * double quotes, text escaped), so a pattern reads it without a parser.
 */

/** One entry of a page's contents: a section heading, linked by its id. */
export interface ContentsEntry {
  /** The heading's id: the fragment the entry links to. */
  id: string;
  /** The heading's text, without its markup. */
  text: string;
  /** The heading's language where it is marked on the heading (a Russian section title on an English page). */
  lang: string | undefined;
}

/**
 * The fewest sections of its own a page needs for its contents to be worth their room, where the
 * page shows them only if long: a page with fewer is seen whole at a glance.
 */
export const MIN_CONTENTS_SECTIONS = 3;

/** When a page shows its contents: only where it is long, or always (it lists more than its sections). */
export type ContentsShown = 'if-long' | 'always';

const SECTION_HEADING = /<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g;

/** The characters Astro escapes in text and attributes, by their escape. */
const ESCAPES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text from HTML: character references decoded. */
function decode(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ESCAPES[name] ?? reference;
  });
}

/** An attribute's value in a tag's attribute list, if the tag has it. */
function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
  return value === undefined ? undefined : decode(value);
}

/**
 * The section headings (`<h2>`) of a page's body, in document order. A heading without an id
 * cannot be linked and is left out; a build test finds any on a page that shows its contents.
 */
export function sectionHeadings(html: string): ContentsEntry[] {
  return [...html.matchAll(SECTION_HEADING)].flatMap(([, attributes = '', inner = '']) => {
    const id = attribute(attributes, 'id');
    if (!id) return [];
    const text = decode(inner.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    return [{ id, text, lang: attribute(attributes, 'lang') }];
  });
}

/**
 * A page's contents: the sections of its body, then those the layout adds after it ("How to
 * cite"); undefined, no contents, where the page shows them only if long and has fewer than
 * `MIN_CONTENTS_SECTIONS`.
 */
export function pageContents(
  body: string,
  after: ContentsEntry[],
  shown: ContentsShown,
): ContentsEntry[] | undefined {
  const sections = sectionHeadings(body);
  if (shown === 'if-long' && sections.length < MIN_CONTENTS_SECTIONS) return undefined;
  return [...sections, ...after];
}
