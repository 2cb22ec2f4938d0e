/**
 * The site's Content-Security-Policy and response headers, defined once: astro.config.ts hands the
 * policy to Astro (`security.csp`, a `<meta http-equiv>` on every page) and the build writes the
 * same policy as an HTTP header into `_headers` (src/lib/security/headers-file.ts).
 *
 * Nothing on the site comes from elsewhere, so every source is `'self'`. Astro is told never to
 * inline scripts or stylesheets (astro.config.ts `build`, `vite.build`), so pages carry no hashes
 * and the policy is the same on every page: the header a host sends can say exactly what the
 * meta says.
 */

/** The directives a `<meta>` policy carries besides script-src and style-src, which Astro writes. */
type MetaDirectiveName =
  | 'default-src'
  | 'img-src'
  | 'font-src'
  | 'connect-src'
  | 'worker-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action';

/** Every directive the policy states. */
type DirectiveName = MetaDirectiveName | 'script-src' | 'style-src' | 'frame-ancestors';

/** A directive's name and its sources, in the order they are written. */
type Directive = readonly [name: DirectiveName, sources: readonly string[]];

/**
 * `script-src`: the bundled scripts; Pagefind compiles its WebAssembly search engine, which
 * needs `'wasm-unsafe-eval'` (not `'unsafe-eval'`: no JavaScript `eval`).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** `style-src`: the bundled stylesheets; no inline `<style>`, no `style` attributes. */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The other directives, which a `<meta>` policy can carry. Pagefind fetches its index
 * (`connect-src`) and runs its search in a worker loaded from `pagefind/` (`worker-src`).
 */
export const META_DIRECTIVES: readonly (readonly [MetaDirectiveName, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/**
 * Directives browsers ignore in a `<meta>` policy: only the HTTP header can carry them. Other
 * sites may not frame the pages; the site itself may (a print preview in a frame, say).
 */
export const HEADER_ONLY_DIRECTIVES: readonly Directive[] = [['frame-ancestors', ["'self'"]]];

/** `name source source`: one directive as written in a policy. */
export function formatDirective<N extends DirectiveName>([name, sources]: readonly [
  N,
  readonly string[],
]): `${N} ${string}` {
  return `${name} ${sources.join(' ')}`;
}

/** The whole policy as the HTTP header sends it: everything the meta says, and frame-ancestors. */
export function contentSecurityPolicy(): string {
  const directives: Directive[] = [
    ...META_DIRECTIVES,
    ['script-src', SCRIPT_SOURCES],
    ['style-src', STYLE_SOURCES],
    ...HEADER_ONLY_DIRECTIVES,
  ];
  return directives.map(formatDirective).join('; ');
}

/**
 * A policy's directives by name, sources in order (`script-src 'self';img-src 'self'` →
 * `{ 'script-src': ["'self'"], … }`); fails on a directive written twice, which browsers would
 * resolve by ignoring the second.
 */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives.has(name)) throw new Error(`the policy states ${name} twice: ${policy}`);
    directives.set(name, sources);
  }
  return directives;
}

/** Response headers every file gets, besides the policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Links out carry rel="noreferrer" too; the header also covers fetches and old browsers.
  'Referrer-Policy': 'no-referrer',
  // frame-ancestors for browsers that predate it.
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
