import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { basename, relative } from 'node:path';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { REGISTRY, type MentionCollection } from '../collections';
import { entityPath, footnoteAnchor, paragraphAnchor, referenceAnchor } from '../routes';
import {
  BRACKET_CITATION,
  FOOTNOTE_MARKER,
  MENTION_URL,
  bracketParts,
  citedNumbers,
  footnoteNumber,
} from './citation-syntax';
import { entryId } from '../content-files';
import { findUnsafeMarkdown } from './unsafe-markdown';
import { withoutTrackingParameters } from '../tracking-parameters';
import { DEFAULT_LANG, type UiLang } from '../../i18n/langs';
import { langPrefix, withBase } from '../site-url';

/** What one paragraph points at. */
export type CitationTarget =
  | { type: 'footnote'; number: number }
  | { type: 'reference'; number: number }
  | { type: 'mention'; collection: MentionCollection; id: string };

/** A citation or mention found in a paragraph. */
export interface CitationRecord {
  /** Paragraph number in the section, from 1. */
  paragraph: number;
  /** What it points at. */
  target: CitationTarget;
  /**
   * For a footnote or reference: the id of the marker that points (`introduction-p3-fnref-1`), which
   * the footnote's back-link leads to. A number inside a printed range (6 of `[5 - 7]`) has no link
   * of its own: its marker is the range's first number.
   */
  marker?: string;
}

/** What the plugin adds to the section's rendered frontmatter. */
export interface ArticleReferencesData {
  /** Every citation and mention, in reading order. */
  citations: CitationRecord[];
  /** Each paragraph's text (verbatim: the Markdown link syntax removed, markers kept). */
  paragraphs: string[];
}

/**
 * What a mention link carries in `data-mention` (`norms/<id>`): the key its preview is found by,
 * so that browser code need not read the collection back out of the link's path.
 */
export const mentionKey = (collection: MentionCollection, id: string): string => `${collection}/${id}`;

export interface Options {
  /** The site's base path, for mention links (`/` or `/explorer/`). */
  base: string;
  /** The UI language of the pages the text is shown on: mentions link to the entries' pages in it. */
  lang?: UiLang;
}

function link(url: string, value: string, className: string, id: string): Link {
  return {
    type: 'link',
    url,
    children: [{ type: 'text', value }],
    data: { hProperties: { className: [className], id } },
  };
}

/**
 * Resolves the article's reference forms in a section's Markdown: numbers each paragraph (its id
 * is its permalink anchor), turns footnote markers and bracket citations into links to the notes
 * and references listed with the section, turns `norm:` / `stat:` / `org:` links into links to
 * those entries' pages, and records every one of them, by paragraph, for the cross-reference
 * graph. Unknown targets are caught by the graph, which knows the collections. Anything but
 * paragraphs of text, mentions and web links (raw HTML, images, `javascript:` links) stops the
 * build, naming the file and the paragraph.
 */
export function remarkArticleReferences({ base, lang = DEFAULT_LANG }: Options) {
  return (tree: Root, file: VFile): void => {
    const data: ArticleReferencesData = { citations: [], paragraphs: [] };
    // The section's id ends in its file name, slugged as the content loader slugs it
    // (content/sections/<article>/<slug>.md): the anchors are those routes.ts gives the section.
    const section = entryId(basename(file.path));
    const where = (paragraph: number) => `${relative(file.cwd, file.path)} → body (paragraph ${paragraph})`;
    tree.children.forEach((node, index) => {
      const paragraph = index + 1;
      const unsafe = findUnsafeMarkdown(node);
      if (unsafe !== undefined) throw new Error(`${where(paragraph)}: ${unsafe}`);
      if (node.type !== 'paragraph')
        throw new Error(`${where(paragraph)}: a section holds paragraphs only; this block is a ${node.type}`);
      const record = (target: CitationTarget, marker?: string) =>
        data.citations.push({ paragraph, target, ...(marker === undefined ? {} : { marker }) });
      const anchor = paragraphAnchor(section, paragraph);
      node.data = { ...node.data, hProperties: { id: anchor } };
      data.paragraphs.push(toString(node));
      resolveParagraph(node, withBase(base, langPrefix(lang)), record, markerIds(anchor), file);
      // The paragraph's number, shown in the margin, is its permalink (eCFR-style); search skips it.
      node.children.unshift({
        type: 'link',
        url: `#${anchor}`,
        children: [{ type: 'text', value: String(paragraph) }],
        data: { hProperties: { className: ['para-num'], 'data-pagefind-ignore': '' } },
      });
    });
    const astro = (file.data['astro'] ??= { frontmatter: {} }) as {
      frontmatter: Record<string, unknown>;
    };
    Object.assign(astro.frontmatter, data);
  };
}

/**
 * Ids for the markers of one paragraph (`<paragraph>-fnref-1`): the same number marked twice in it
 * gets `-2`, `-3`, so that each marker can be led back to.
 */
function markerIds(anchor: string): (kind: 'fnref' | 'citeref', number: number) => string {
  const seen = new Map<string, number>();
  return (kind, number) => {
    const id = `${anchor}-${kind}-${number}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  };
}

function resolveParagraph(
  node: Paragraph,
  pagesRoot: string,
  record: (target: CitationTarget, marker?: string) => void,
  markerId: (kind: 'fnref' | 'citeref', number: number) => string,
  file: VFile,
): void {
  // Mentions first, in document order, so that records follow reading order within each kind.
  for (const child of node.children) {
    if (child.type !== 'link') continue;
    const match = MENTION_URL.exec(child.url);
    if (!match) {
      // A web address in the text: a link out, like every other (src/components/common/ExternalLink.astro).
      child.url = withoutTrackingParameters(child.url);
      child.data = { hProperties: { rel: ['noopener', 'noreferrer'] } };
      continue;
    }
    const [, scheme = '', id = ''] = match;
    const collection = REGISTRY.mentioned(scheme) as MentionCollection | undefined;
    if (!collection) throw new Error(`${file.path}: unknown mention scheme "${scheme}:" in ${child.url}`);
    record({ type: 'mention', collection, id });
    child.url = `${pagesRoot}${entityPath(collection, id)}`;
    child.data = {
      hProperties: {
        className: ['mention', `mention-${collection}`],
        dataMention: mentionKey(collection, id),
      },
    };
  }
  findAndReplace(node, [
    [
      FOOTNOTE_MARKER,
      (marker: string): Link => {
        const number = footnoteNumber(marker);
        const id = markerId('fnref', number);
        record({ type: 'footnote', number }, id);
        return link(`#${footnoteAnchor(number)}`, marker, 'footnote-ref', id);
      },
    ],
    [
      BRACKET_CITATION,
      (_whole: string, inner: string): PhrasingContent[] => {
        const parts = bracketParts(inner).map((part) => ({ ...part, id: markerId('citeref', part.number) }));
        for (const number of citedNumbers(inner)) {
          // A printed number's own link, or, inside a range, the link of the range's first number.
          const marker =
            parts.find((part) => part.number === number) ?? parts.findLast((part) => part.number < number);
          record({ type: 'reference', number }, marker?.id);
        }
        const nodes: PhrasingContent[] = [{ type: 'text', value: '[' } satisfies Text];
        for (const part of parts) {
          nodes.push(link(`#${referenceAnchor(part.number)}`, String(part.number), 'citation-ref', part.id));
          if (part.separator) nodes.push({ type: 'text', value: part.separator });
        }
        nodes.push({ type: 'text', value: ']' });
        return nodes;
      },
    ],
  ]);
}
