/**
 * The search page's browser code, on Pagefind's JS API. Kept free of the UI dictionaries: labels
 * arrive in the page's data attributes, already in the page's language.
 */
import { uiLang } from '../../i18n/langs';
import { localizePath } from '../site-url';
import { excerptParts } from './excerpt';
import { expandQuery } from './expand-query';
import type { Expansion } from './expansions';
import { chosenCount, FILTER_KEYS, filterFieldsets, valueLabel, type FilterLabels } from './filters-view';
import type { FilterCounts, Fragment, Pagefind } from './pagefind-api';
import { paragraphAnchorAt } from './paragraph-anchor';
import { highlighted, highlightTerms, queryWords } from './query';
import { loadShown, mergeHits } from './ranked-results';

interface Labels extends FilterLabels {
  none: string;
  count: string;
  loading: string;
  chosen: string;
}

/**
 * Results shown at once; the next few follow once typing has paused (a key within that pause
 * would make them stale, and their fragments a waste); then "Show more" adds a page at a time.
 */
const FIRST = 3;
const PAGE = 5;
const REST_AFTER_MS = 200;
/** A pause after a key before searching; longer while the query is too short to mean much. */
const PAUSE_MS = 60;
const SHORT_PAUSE_MS = 200;
const SHORT_QUERY = 4;
/** A pause after which a query's unfinished last word is taken as finished. */
const SETTLED_MS = 250;
/** From how many characters the index chunks of what is typed are fetched ahead. */
const PRELOAD_FROM = 3;

/** An excerpt's text, with Pagefind's matches marked. */
function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

export async function runSearchApp(app: HTMLElement): Promise<void> {
  const labels = JSON.parse(app.dataset['labels'] ?? '{}') as Labels;
  const dictionary = JSON.parse(app.dataset['expansions'] ?? '[]') as Expansion[];
  const lang = uiLang(app.dataset['lang']);
  const $ = <E extends HTMLElement>(selector: string) => app.querySelector<E>(selector);
  const form = $<HTMLFormElement>('#search-form');
  const input = $<HTMLInputElement>('#search-query');
  const sort = $<HTMLSelectElement>('#search-sort');
  const filtersBox = $<HTMLDetailsElement>('#search-filters-box');
  const filtersList = $('#search-filters');
  const chosenNote = $('#search-filters-chosen');
  const status = $('#search-status');
  const list = $<HTMLOListElement>('#search-results');
  const more = $<HTMLButtonElement>('#search-more');
  if (!form || !input || !sort || !filtersBox || !filtersList || !chosenNote || !status || !list || !more)
    return;

  // Pagefind (its code and index) is fetched only once search is used. Its filters' totals are
  // fetched only when the filters are opened: a typed query does not pay for them.
  let engine: Promise<Pagefind> | undefined;
  const loadEngine = () =>
    (engine ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${app.dataset['bundle']}pagefind.js`)) as Pagefind;
      await pagefind.options({
        // The index is small: searching on the page's thread spares fetching Pagefind's worker.
        noWorker: true,
        highlightParam: 'highlight',
        excerptLength: 24,
        // Long pages (the article's sections) hold the most matches; Pagefind's default length
        // normalisation would rank the short pages that merely mention a word above them.
        ranking: { pageLength: 0.3 },
      });
      await pagefind.init();
      return pagefind;
    })());
  for (const use of ['keydown', 'pointerdown', 'input'])
    form.addEventListener(use, () => void loadEngine(), { once: true });

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  const chosen = new Map(FILTER_KEYS.map((key) => [key, new Set(params.getAll(key))]));
  if (chosenCount(chosen) > 0) filtersBox.open = true;

  let totals: FilterCounts | undefined;
  filtersBox.addEventListener('toggle', () => {
    if (!filtersBox.open || totals) return;
    void loadEngine()
      .then((pagefind) => pagefind.filters())
      .then((counts) => {
        totals = counts;
        void search();
      });
  });

  function renderFilters(counts: FilterCounts) {
    const n = chosenCount(chosen);
    chosenNote!.textContent = n > 0 ? `(${labels.chosen}: ${n})` : '';
    if (filtersBox!.open && totals)
      filtersList!.replaceChildren(...filterFieldsets(counts, chosen, labels, () => void search()));
  }

  function remember(query: string) {
    const url = new URL(window.location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (sort?.value) url.searchParams.set('sort', sort.value);
    for (const [key, set] of chosen) for (const value of set) url.searchParams.append(key, value);
    window.history.replaceState(null, '', url);
  }

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let showMore: (() => Promise<void>) | undefined;
  /**
   * Searches the query in the field. `typing`: a key was just typed, and an unfinished last
   * word is left out (query.ts); the whole query follows once typing has settled, and only its
   * results mark the list as showing the query.
   */
  async function search(typing = false) {
    const query = input?.value.trim() ?? '';
    const run = ++latest;
    remember(query);
    if (!query) {
      list?.replaceChildren();
      status!.textContent = '';
      more!.hidden = true;
      if (totals) renderFilters(totals);
      shown(query);
      return;
    }
    status!.textContent = labels.loading;
    const pagefind = await loadEngine();
    if (run !== latest) return;
    const filters = Object.fromEntries(
      [...chosen].filter(([, set]) => set.size > 0).map(([key, set]) => [key, { any: [...set] }]),
    );
    const order = { 'year-asc': { year: 'asc' }, 'year-desc': { year: 'desc' } }[sort?.value ?? ''];
    const options = { filters, ...(order ? { sort: order } : {}) };
    // The query as typed, and, where it names a concept in another language, the Russian words
    // for it (one more search at most).
    const words = queryWords(query, lang === 'kk', typing);
    const whole = typing && words.join(' ') !== queryWords(query, lang === 'kk').join(' ');
    const expanded = expandQuery(words, dictionary);
    const expandedWords = expanded === undefined ? [] : queryWords(expanded);
    const searches = [words, ...(expandedWords.join(' ') === words.join(' ') ? [] : [expandedWords])].filter(
      (w) => w.length > 0,
    );
    const found = await Promise.all(searches.map((w) => pagefind.search(w.join(' '), options)));
    if (run !== latest || found.some((r) => r === null)) return;
    const candidates = mergeHits(found.map((r, i) => ({ hits: r?.results ?? [], words: searches[i] ?? [] })));
    const first = await loadShown(candidates, 0, FIRST);
    if (run !== latest) return;
    renderFilters(found[0]?.filters ?? {});
    const marked = highlightTerms(query, expanded);
    list?.replaceChildren(...first.fragments.map((f) => resultItem(f, marked)));
    let next = first.next;
    const add = async (count: number) => {
      const page = await loadShown(candidates, next, count);
      if (run !== latest) return;
      next = page.next;
      list?.append(...page.fragments.map((f) => resultItem(f, marked)));
      more!.hidden = next >= candidates.length;
      counted();
    };
    showMore = () => add(PAGE);
    more!.hidden = next >= candidates.length;
    counted();
    if (whole) {
      timer = setTimeout(() => void search(), SETTLED_MS);
      return;
    }
    shown(query);
    setTimeout(() => {
      if (run === latest && next < candidates.length) void add(PAGE - FIRST);
    }, REST_AFTER_MS);
  }

  function counted() {
    const n = list?.children.length ?? 0;
    status!.textContent = n === 0 ? labels.none : `${labels.count} ${n}${more?.hidden ? '' : '+'}`;
  }

  /** Marks the list with the query whose results it now shows (what tests and tools wait for). */
  function shown(query: string) {
    if (list) list.dataset['query'] = query;
  }

  /**
   * A result in the reader's language: its title, and for an editorial entry its summary, in the
   * UI language where the page gives one; otherwise the page's own words, marked as Russian.
   */
  function resultItem(fragment: Fragment, marked: string[]): HTMLLIElement {
    const anchor = paragraphAnchorAt(fragment.anchors, fragment.locations[0] ?? 0);
    const item = document.createElement('li');
    const type = document.createElement('span');
    type.className = 'result-type';
    type.textContent = valueLabel(labels, 'type', fragment.meta['type'] ?? 'page');
    const link = document.createElement('a');
    link.href = `${localizePath(highlighted(fragment.url, marked), lang)}${anchor ? `#${anchor}` : ''}`;
    const title = fragment.meta[`title_${lang}`];
    link.textContent = title ?? fragment.meta['title'] ?? fragment.url;
    if (!title && lang !== 'ru') link.lang = 'ru';
    const excerpt = document.createElement('p');
    const summary = lang === 'ru' ? undefined : fragment.meta[`summary_${lang}`];
    if (summary) excerpt.textContent = summary;
    else {
      excerpt.append(...excerptNodes(fragment.excerpt));
      if (lang !== 'ru') excerpt.lang = 'ru';
    }
    item.append(type, ' ', link, excerpt);
    return item;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    // While a word is typed, the index chunk it is in is fetched, so that searching it is quick.
    if (typed.length >= PRELOAD_FROM)
      void loadEngine().then((pagefind) =>
        pagefind.preload(queryWords(typed, lang === 'kk', true).join(' ')),
      );
    timer = setTimeout(() => void search(true), typed.length < SHORT_QUERY ? SHORT_PAUSE_MS : PAUSE_MS);
  });
  more.addEventListener('click', () => void showMore?.());
  sort.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  app.hidden = false;
  await search();
  input.focus();
}
