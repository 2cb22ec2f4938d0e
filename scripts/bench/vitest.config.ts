/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// `npm run bench` measures; it is run by Vitest only to reuse the browser and server helpers.
export default getViteConfig({
  test: {
    include: ['scripts/bench/**/*.bench-run.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
