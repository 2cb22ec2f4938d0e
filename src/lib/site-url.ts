import { withBase } from './routes';

/** A base-less site path made absolute under the configured base, for links in pages. */
export function siteHref(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
