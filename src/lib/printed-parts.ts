import { extractUrls } from './audit/text';
import { trackingParameters } from './tracking-parameters';

/** A run of a printed entry's text; `url` when the run is a web address. */
export interface PrintedPart {
  /** The text as printed. */
  text: string;
  /** The address, when the run is one. */
  url?: string;
}

/**
 * The longest start of a printed address that carries no tracking or view-state parameter, cut
 * where a parameter or the fragment begins: what a link may show of it.
 */
function untrackedStart(url: string): string {
  const cuts = [...url.matchAll(/[?&#]/g)].map((match) => match.index).reverse();
  return (
    [url.length, ...cuts]
      .map((cut) => url.slice(0, cut))
      .find((start) => trackingParameters(start).length === 0) ?? url
  );
}

/**
 * A printed footnote or reference split into runs, each web address in it (as the audit finds
 * them: without closing punctuation or angle brackets) a run of its own, so that a page can link
 * it; tracking parameters stay out of that run, printed after it as text. Joined, the runs give
 * the text back unchanged.
 */
export function printedParts(text: string): PrintedPart[] {
  const parts: PrintedPart[] = [];
  let rest = 0;
  for (const url of extractUrls(text)) {
    const at = text.indexOf(url, rest);
    if (at > rest) parts.push({ text: text.slice(rest, at) });
    const linked = untrackedStart(url);
    parts.push({ text: linked, url });
    if (linked.length < url.length) parts.push({ text: url.slice(linked.length) });
    rest = at + url.length;
  }
  if (rest < text.length) parts.push({ text: text.slice(rest) });
  return parts;
}
