/**
 * Query parameters that identify a campaign or a click, not the document: Google Analytics'
 * `utm_*` (and `_ga`, `_gl`), the click ids of Facebook, Google, DoubleClick, Microsoft and Yandex
 * (`yclid`, `ysclid`, `_openstat`), Mailchimp's `mc_*`, HubSpot's `_hs*`, Instagram's `igshid`.
 * Removing them never changes the page. The audit reports them where the data has them; the
 * pages link without them (the printed form, quoted as printed, keeps them).
 */
const TRACKING_PARAMETER =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|ysclid|_openstat|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|igshid)$/i;

/**
 * View-state parameters: where a reader had scrolled to in a document viewer, not which document.
 * Only names a site is known to use that way count, per host, because the same name elsewhere may
 * choose the document (`pos` may well be a page number on another site):
 *
 * - `online.zakon.kz`: `pos=24;-53` is the viewer's position (paragraph; offset) in the document
 *   `doc_id` names. The viewer writes it into the query and the fragment alike
 *   (`?doc_id=…&pos=24;-53#pos=24;-53`); `doc_id` alone opens the same document at its top.
 *
 * A fragment never reaches the server, so dropping one made only of view-state parameters cannot
 * change the document either; other fragments (`#top`, `#utm_source=x`) are kept.
 */
const VIEW_STATE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  'online.zakon.kz': ['pos'],
};

/** The view-state parameter names of a URL's host (see `VIEW_STATE_PARAMETERS`). */
function viewStateNames(url: string): readonly string[] {
  try {
    return VIEW_STATE_PARAMETERS[new URL(url).hostname.toLowerCase()] ?? [];
  } catch {
    return [];
  }
}

/** A query string's parameter name, decoded (`utm%5Fsource` → `utm_source`). */
function parameterName(pair: string): string {
  const name = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return name;
  }
}

/** Whether a fragment (`#pos=24;-53`) holds nothing but view-state parameters of its host. */
function isViewStateFragment(fragment: string, names: readonly string[]): boolean {
  const pairs = fragment.replace(/^#/, '').split('&');
  return names.length > 0 && pairs.every((pair) => pair.includes('=') && names.includes(parameterName(pair)));
}

/**
 * The tracking and view-state parameters in a URL, in order: those of the query by name, then
 * those of a view-state fragment marked `#` (`#pos`). Empty for a clean or unparsable URL.
 */
export function trackingParameters(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const names = viewStateNames(url);
  const query = [...parsed.searchParams.keys()].filter(
    (key) => TRACKING_PARAMETER.test(key) || names.includes(key),
  );
  const fragment = isViewStateFragment(parsed.hash, names)
    ? parsed.hash
        .slice(1)
        .split('&')
        .map((pair) => `#${parameterName(pair)}`)
    : [];
  return [...query, ...fragment];
}

/**
 * The URL without its tracking and view-state parameters, everything else exactly as written (the
 * other parameters, their order and encoding, any other fragment); `?` goes when nothing is left
 * after it, and a fragment made only of view-state parameters goes with them.
 */
export function withoutTrackingParameters(url: string): string {
  const parts = /^([^?#]*)(?:\?([^#]*))?(#.*)?$/.exec(url);
  if (!parts) return url;
  const [, address = '', query, fragment = ''] = parts;
  const names = viewStateNames(url);
  const kept = (query ?? '').split('&').filter((pair) => {
    const name = parameterName(pair);
    return !TRACKING_PARAMETER.test(name) && !names.includes(name);
  });
  const keptQuery = query === undefined ? '' : kept.length > 0 ? `?${kept.join('&')}` : '';
  return `${address}${keptQuery}${isViewStateFragment(fragment, names) ? '' : fragment}`;
}
