/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Browser tests against the built site (run `npm run build` first). One file at a time: each file
// starts its own server and Chromium, and the accessibility scan alone visits every page.
export default getViteConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
