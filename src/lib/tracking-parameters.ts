/**
 * Query parameters that identify a campaign or a click, not the document: Google Analytics'
 * `utm_*` (and `_ga`, `_gl`), the click ids of Facebook, Google, DoubleClick, Microsoft and Yandex
 * (`yclid`, `ysclid`, `_openstat`), Mailchimp's `mc_*`, HubSpot's `_hs*`, Instagram's `igshid`.
 * Removing them never changes the page. The audit reports them where the data has them; the
 * pages link without them (the printed form, quoted as printed, keeps them).
 */
const TRACKING_PARAMETER =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|ysclid|_openstat|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|igshid)$/i;

/** A query string's parameter name, decoded (`utm%5Fsource` → `utm_source`). */
function parameterName(pair: string): string {
  const name = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return name;
  }
}

/** The tracking parameters in a URL's query, in order (empty for a clean or unparsable URL). */
export function trackingParameters(url: string): string[] {
  try {
    return [...new URL(url).searchParams.keys()].filter((key) => TRACKING_PARAMETER.test(key));
  } catch {
    return [];
  }
}

/**
 * The URL without its tracking parameters, everything else exactly as written (the other
 * parameters, their order and encoding, the fragment); `?` goes when nothing is left after it.
 */
export function withoutTrackingParameters(url: string): string {
  const parts = /^([^?#]*)\?([^#]*)(#.*)?$/.exec(url);
  if (!parts) return url;
  const [, address = '', query = '', fragment = ''] = parts;
  const kept = query.split('&').filter((pair) => !TRACKING_PARAMETER.test(parameterName(pair)));
  return `${address}${kept.length > 0 ? `?${kept.join('&')}` : ''}${fragment}`;
}
