/**
 * The search page's browser code, on Pagefind's JS API. Kept free of the UI dictionaries: labels
 * arrive in the page's data attributes, already in the page's language.
 */
import { uiLang } from '../../i18n/langs';
import { localizePath } from '../site-url';
import { paragraphAnchorAt } from './paragraph-anchor';
import { holdsEveryWord, normalizeQuery } from './query';

interface Fragment {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: { id: string; location: number }[];
}
interface Results {
  results: { id: string; data: () => Promise<Fragment> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string, options?: object): Promise<Results | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Labels {
  none: string;
  count: string;
  loading: string;
  filters: Record<string, string>;
  values: Record<string, Record<string, string>>;
}

const FILTER_KEYS = ['type', 'jurisdiction', 'year', 'language'];
const SHOWN = 25;
/** How many of Pagefind's ranked results are loaded and checked for every word. */
const CONSIDERED = 40;

/** Pagefind marks matches with <mark>; everything else in an excerpt is text, never HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) =>
    new DOMParser().parseFromString(text, 'text/html').documentElement.textContent ?? '';
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    if (!part.startsWith('<mark>')) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(part.slice(6, -7));
    return mark;
  });
}

export async function runSearchApp(app: HTMLElement): Promise<void> {
  const labels = JSON.parse(app.dataset['labels'] ?? '{}') as Labels;
  const lang = uiLang(app.dataset['lang']);
  const form = app.querySelector<HTMLFormElement>('#search-form');
  const input = app.querySelector<HTMLInputElement>('#search-query');
  const sort = app.querySelector<HTMLSelectElement>('#search-sort');
  const filtersBox = app.querySelector<HTMLElement>('#search-filters');
  const status = app.querySelector<HTMLElement>('#search-status');
  const list = app.querySelector<HTMLOListElement>('#search-results');
  const filtersHeading = app.querySelector<HTMLElement>('#search-filters-heading');
  if (!form || !input || !sort || !filtersBox || !filtersHeading || !status || !list) return;

  // Pagefind (its code, filters and index) is fetched only once search is used: on the first
  // keystroke or click in the form, or at once when the page opens with a query. Until then the
  // filters, which need its totals, are empty and their heading hidden (their column stays put).
  let totals: Record<string, Record<string, number>> = {};
  let engine: Promise<Pagefind> | undefined;
  const loadEngine = () =>
    (engine ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${app.dataset['bundle']}pagefind.js`)) as Pagefind;
      // Long pages (the article's sections) hold the most matches; Pagefind's default length
      // normalisation would rank the short pages that merely mention a word above them.
      await pagefind.options({
        highlightParam: 'highlight',
        excerptLength: 24,
        ranking: { pageLength: 0.3 },
      });
      totals = await pagefind.filters();
      filtersHeading.hidden = false;
      return pagefind;
    })());
  // Once loaded, an empty form shows every filter with its total (a query renders its own).
  const loadOnUse = () =>
    void loadEngine().then(() => {
      if (!input.value.trim()) void search();
    });
  form.addEventListener('keydown', loadOnUse, { once: true });
  form.addEventListener('pointerdown', loadOnUse, { once: true });

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  const chosen = new Map(FILTER_KEYS.map((key) => [key, new Set(params.getAll(key))]));

  const label = (key: string, value: string) => labels.values[key]?.[value] ?? value;

  function renderFilters(counts: Record<string, Record<string, number>>) {
    filtersBox?.replaceChildren(
      ...FILTER_KEYS.filter((key) => totals[key]).map((key) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = labels.filters[key] ?? key;
        fieldset.append(legend);
        for (const value of Object.keys(totals[key] ?? {}).sort()) {
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.id = `filter-${key}-${value}`;
          box.checked = chosen.get(key)?.has(value) ?? false;
          box.addEventListener('change', () => {
            const set = chosen.get(key);
            if (box.checked) set?.add(value);
            else set?.delete(value);
            void search();
          });
          const text = document.createElement('label');
          text.htmlFor = box.id;
          text.textContent = `${label(key, value)} (${counts[key]?.[value] ?? 0})`;
          const row = document.createElement('div');
          row.append(box, text);
          fieldset.append(row);
        }
        return fieldset;
      }),
    );
  }

  let latest = 0;
  async function search() {
    const query = input?.value.trim() ?? '';
    const run = ++latest;
    const filters = Object.fromEntries(
      [...chosen].filter(([, set]) => set.size > 0).map(([key, set]) => [key, { any: [...set] }]),
    );
    const order =
      sort?.value === 'year-asc'
        ? { year: 'asc' }
        : sort?.value === 'year-desc'
          ? { year: 'desc' }
          : undefined;
    const url = new URL(window.location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (sort?.value) url.searchParams.set('sort', sort.value);
    for (const [key, set] of chosen) for (const value of set) url.searchParams.append(key, value);
    window.history.replaceState(null, '', url);
    if (!query) {
      list?.replaceChildren();
      if (status) status.textContent = '';
      renderFilters(totals);
      shown(query);
      return;
    }
    if (status) status.textContent = labels.loading;
    const pagefind = await loadEngine();
    if (run !== latest) return;
    const results = await pagefind.search(normalizeQuery(query), {
      filters,
      ...(order ? { sort: order } : {}),
    });
    if (!results || run !== latest) return;
    // Pagefind ranks; the page keeps only results that hold every word searched for.
    const loaded = await Promise.all(results.results.slice(0, CONSIDERED).map((result) => result.data()));
    if (run !== latest) return;
    const fragments = loaded.filter((fragment) => holdsEveryWord(query, fragment.content)).slice(0, SHOWN);
    renderFilters(results.filters);
    if (status)
      status.textContent = fragments.length === 0 ? labels.none : `${labels.count} ${fragments.length}`;
    list?.replaceChildren(...fragments.map(resultItem));
    shown(query);
  }

  /** Marks the list with the query whose results it now shows (what tests and tools wait for). */
  function shown(query: string) {
    if (list) list.dataset['query'] = query;
  }

  function resultItem(fragment: Fragment): HTMLLIElement {
    const anchor = paragraphAnchorAt(fragment.anchors, fragment.locations[0] ?? 0);
    const item = document.createElement('li');
    const type = document.createElement('span');
    type.className = 'result-type';
    type.textContent = label('type', fragment.meta['type'] ?? 'page');
    const link = document.createElement('a');
    link.href = `${localizePath(fragment.url, lang)}${anchor ? `#${anchor}` : ''}`;
    link.textContent = fragment.meta['title'] ?? fragment.url;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(fragment.excerpt));
    item.append(type, ' ', link, excerpt);
    return item;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 80);
  });
  sort.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  filtersHeading.hidden = true;
  app.hidden = false;
  await search();
  input.focus();
}
