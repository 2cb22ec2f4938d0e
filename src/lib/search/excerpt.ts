/** The entities Pagefind writes in an excerpt's text. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (entity, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? entity;
  });
}

/**
 * An excerpt as Pagefind gives it, in parts: plain text, and the matches it wraps in <mark>.
 * Everything else is text, never HTML; each part keeps its spaces (parsed as an HTML document,
 * a part would lose those it opens with, and «квот функцию» would show as «квотфункцию»).
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/u)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: decode(part.slice(6, -7)), marked: true }
        : { text: decode(part), marked: false },
    );
}
