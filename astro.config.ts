import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { articleMarkdown } from './src/lib/markdown/pipeline';
import { DEFAULT_LANG, UI_LANGS } from './src/i18n/langs';
import { siteBase } from './src/lib/security/site-base';
import { securityHeaders } from './src/lib/security/headers-file';
import { formatDirective, META_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security/policy';

// Search: Pagefind runs as its CLI right after `astro build` (package.json "build"), not as an
// integration: it indexes the final HTML exactly as it will be served, depends on no hook order,
// and the same command indexes any other build folder (the bench and test builds).

/** The path the site is served under: `/`, or a sub-path such as `/explorer/` set by SITE_BASE. */
const base = siteBase(process.env['SITE_BASE']);

export default defineConfig({
  // The origin the site is published at (canonical URLs, sitemap, metadata): SITE_URL when set.
  site: process.env['SITE_URL'] ?? 'https://moldakhmetova-2025.example.org',
  base,
  trailingSlash: 'always',
  // Russian at the root, Kazakh and English under /kk/ and /en/ (pages live in src/pages/[...lang]).
  i18n: { locales: [...UI_LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  // Lossless whitespace removal: 'jsx' (Astro 7's default) drops the space between inline
  // elements written on separate lines, which glues words together on the page and in the
  // search index. tests/build/whitespace.test.ts proves words stay apart.
  compressHTML: true,
  // Two content files that resolve to the same id stop the build instead of overwriting.
  prerenderConflictBehavior: 'error',
  // The Content-Security-Policy (src/lib/security/policy.ts) as a <meta> on every page; the same
  // policy goes into dist/_headers as an HTTP header.
  security: {
    csp: {
      directives: META_DIRECTIVES.map(formatDirective),
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // Scripts and stylesheets stay files of their own, never inlined: the policy then needs no
  // per-page hashes, and the header a static host sends can be the same on every page.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [securityHeaders()],
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; ours resolve the article's
    // footnote markers, bracket citations and mentions.
    processor: unified(articleMarkdown(base)),
  },
});
