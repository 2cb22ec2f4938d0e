import { extractUrls } from './audit/text';

/** A run of a printed entry's text; `url` when the run is a web address. */
export interface PrintedPart {
  /** The text as printed. */
  text: string;
  /** The address, when the run is one. */
  url?: string;
}

/**
 * A printed footnote or reference split into runs, each web address in it (as the audit finds
 * them: without closing punctuation or angle brackets) a run of its own, so that a page can link
 * it. Joined, the runs give the text back unchanged.
 */
export function printedParts(text: string): PrintedPart[] {
  const parts: PrintedPart[] = [];
  let rest = 0;
  for (const url of extractUrls(text)) {
    const at = text.indexOf(url, rest);
    if (at > rest) parts.push({ text: text.slice(rest, at) });
    parts.push({ text: url, url });
    rest = at + url.length;
  }
  if (rest < text.length) parts.push({ text: text.slice(rest) });
  return parts;
}
