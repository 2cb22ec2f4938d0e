/**
 * The path the site is served under, from the SITE_BASE environment variable (`/explorer/`, or
 * `explorer`); `/` when unset. Read by astro.config.ts and by the browser tests, so that both
 * agree on it. A value that is not a plain path stops the build.
 */
export function siteBase(value: string | undefined): string {
  if (value === undefined || value.trim() === '' || value.trim() === '/') return '/';
  const segments = value.trim().split('/').filter(Boolean);
  if (!segments.every((segment) => /^[\w.~-]+$/.test(segment) && !/^\.+$/.test(segment)))
    throw new Error(`SITE_BASE: "${value}" is not a path such as /explorer/`);
  return `/${segments.join('/')}/`;
}
