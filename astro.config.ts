import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkArticleReferences } from './src/lib/markdown/remark-article-references';

// Search: Pagefind runs as its CLI right after `astro build` (package.json "build"), not as an
// integration: it indexes the final HTML exactly as it will be served, depends on no hook order,
// and the same command indexes any other build folder (the bench and test builds).

/** The path the site is served under; `/explorer/` style sub-paths are set here. */
const base = '/';

export default defineConfig({
  site: 'https://moldakhmetova-2025.example.org',
  base,
  trailingSlash: 'always',
  // Russian at the root, Kazakh and English under /kk/ and /en/ (pages live in src/pages/[...lang]).
  i18n: { locales: ['ru', 'kk', 'en'], defaultLocale: 'ru', routing: { prefixDefaultLocale: false } },
  // Lossless whitespace removal: 'jsx' (Astro 7's default) drops the space between inline
  // elements written on separate lines, which glues words together on the page and in the
  // search index. tests/build/whitespace.test.ts proves words stay apart.
  compressHTML: true,
  // Two content files that resolve to the same id stop the build instead of overwriting.
  prerenderConflictBehavior: 'error',
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; ours resolve the article's
    // footnote markers, bracket citations and mentions.
    processor: unified({ remarkPlugins: [[remarkArticleReferences, { base }]] }),
  },
});
