import type { Nodes } from 'mdast';
import { MENTION_URL } from './citation-syntax';

/** Whether a link target may stand in the text: a mention (`norm:id`) or a web address. */
const allowedUrl = (url: string): boolean => MENTION_URL.test(url) || /^https?:\/\//i.test(url);

/** At most `length` characters of a string, for an error message (whole, if it is short). */
function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/**
 * Why a Markdown node may not stand in a section's text, or undefined when it may. Section
 * Markdown is the article's text as printed: raw HTML would reach the page unescaped, an image
 * would load something from elsewhere, and a link may only be a mention or a web address (never
 * `javascript:`, `data:` or any other scheme a browser would act on).
 */
export function unsafeMarkdownReason(node: Nodes): string | undefined {
  switch (node.type) {
    case 'html':
      return `raw HTML is not allowed in the article's text: "${excerpt(node.value)}"`;
    case 'image':
    case 'imageReference':
      return "images are not allowed in the article's text";
    case 'link':
    case 'definition':
      return allowedUrl(node.url)
        ? undefined
        : `link to "${excerpt(node.url)}": only norm:, stat:, org: mentions and http(s) addresses may be linked`;
    default:
      return undefined;
  }
}

/** The reason the first unsafe node in `node` (itself included, depth first) is refused. */
export function findUnsafeMarkdown(node: Nodes): string | undefined {
  const reason = unsafeMarkdownReason(node);
  if (reason !== undefined || !('children' in node)) return reason;
  for (const child of node.children) {
    const found = findUnsafeMarkdown(child);
    if (found !== undefined) return found;
  }
  return undefined;
}
