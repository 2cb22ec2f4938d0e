/**
 * The selection page's browser code: fetches each chosen entry's print document (same origin),
 * takes its text block, its cited items and its citation lines, and composes one document with
 * the cited items merged and de-duplicated. Labels arrive in data attributes of the page.
 */
import { printPath } from '../routes';
import { mergeCited, parseSelection, type KeyedItem } from './selection';

/** What one fetched print document contributes. */
interface PrintedPart {
  title: Element;
  text: Element;
  items: (KeyedItem & { element: Element })[];
  /** Each list's heading (and its explanation) as the document prints it. */
  headings: Map<string, Element[]>;
  citations: Element[];
}

const LIST_ORDER = ['footnotes', 'references', 'norms', 'statistics'];

function partOf(html: string): PrintedPart | undefined {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = doc.querySelector('main h1');
  const text = doc.querySelector('[data-print-text]');
  if (!title || !text) return undefined;
  const headings = new Map<string, Element[]>();
  for (const section of doc.querySelectorAll<HTMLElement>('.print-sources > section[data-list]'))
    headings.set(
      section.dataset['list'] ?? '',
      [...section.children].filter((child) => child.localName === 'h2' || child.localName === 'p'),
    );
  const items = [...doc.querySelectorAll<HTMLElement>('.print-sources [data-key]')].map((element) => ({
    key: element.dataset['key'] ?? '',
    list: element.dataset['list'] ?? '',
    order: Number(element.dataset['order']),
    element,
  }));
  return { title, text, items, headings, citations: [...doc.querySelectorAll('[data-citation]')] };
}

/** An element of another document, adopted into this one without the ids it already has here. */
function adopt(element: Element): Node {
  const copy = document.importNode(element, true);
  for (const withId of [copy, ...copy.querySelectorAll('[id]')])
    if (withId.id && document.getElementById(withId.id)) withId.removeAttribute('id');
  return copy;
}

/**
 * Fills the selection page's container from the URL's `item` parameters. Entries that cannot be
 * read or fetched are named in the status line, never silently left out.
 */
export async function composeSelection(root: HTMLElement, location: Location): Promise<void> {
  const status = root.querySelector('.print-selection-status');
  const text = root.querySelector('[data-composed-text]');
  const sources = root.querySelector('[data-composed-sources]');
  const meta = root.querySelector<HTMLElement>('[data-composed-meta]');
  const citations = root.querySelector('[data-composed-citations]');
  if (!status || !text || !sources || !meta || !citations) return;
  const { items, invalid } = parseSelection(location.search);
  const problems: string[] = [];
  if (invalid.length > 0) problems.push(`${root.dataset['invalid'] ?? ''} ${invalid.join(', ')}`);
  if (items.length === 0) problems.push(root.dataset['empty'] ?? '');

  const fetched = await Promise.all(
    items.map(async (item) => {
      const url = `${root.dataset['root'] ?? '/'}${printPath(item.collection, item.id)}`;
      const response = await fetch(url);
      const part = response.ok ? partOf(await response.text()) : undefined;
      return { url, part };
    }),
  );
  const failed = fetched.filter((f) => !f.part).map((f) => f.url);
  if (failed.length > 0) problems.push(`${root.dataset['failed'] ?? ''} ${failed.join(', ')}`);
  const parts = fetched.flatMap((f) => (f.part ? [f.part] : []));

  for (const part of parts) {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.replaceChildren(...[...part.title.childNodes].map((node) => document.importNode(node, true)));
    const lang = part.title.getAttribute('lang');
    if (lang) heading.lang = lang;
    section.append(heading, ...[...part.text.children].map(adopt));
    text.append(section);
  }
  const merged = mergeCited(parts.map((part) => part.items));
  for (const list of LIST_ORDER) {
    const listItems = merged.get(list);
    const heading = parts.map((part) => part.headings.get(list)).find(Boolean);
    if (!listItems || !heading) continue;
    const section = document.createElement('section');
    section.dataset['list'] = list;
    const container = document.createElement(list === 'footnotes' || list === 'references' ? 'ol' : 'ul');
    if (container.localName === 'ol') container.className = 'numbered';
    container.append(...listItems.map((item) => adopt(item.element)));
    section.append(...heading.map(adopt), container);
    sources.append(section);
  }
  if (parts.length > 0) {
    const link = document.createElement('a');
    link.href = location.href;
    link.className = 'url-as-text';
    link.rel = 'noopener noreferrer';
    link.textContent = location.href;
    meta.querySelector('[data-composed-url]')?.append(link);
    citations.append(...parts.flatMap((part) => part.citations.map(adopt)));
    meta.hidden = false;
  }
  status.textContent = problems.join(' ');
}
