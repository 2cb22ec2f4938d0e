import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, SECURITY_HEADERS } from './policy';

/**
 * The `_headers` file Netlify and Cloudflare Pages read (paths relative to the published folder):
 * the policy and the security headers on every file, and a year's caching for Astro's
 * content-hashed assets, whose names change whenever their content does.
 */
export function headersFile(): string {
  const everyFile = { 'Content-Security-Policy': contentSecurityPolicy(), ...SECURITY_HEADERS };
  const lines = [
    '/*',
    ...Object.entries(everyFile).map(([name, value]) => `  ${name}: ${value}`),
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes `_headers` into the build folder once the pages are built (a file, not a page). */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
