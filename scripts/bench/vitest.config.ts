/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// `npm run bench` measures; it is run by Vitest only to reuse the browser and server helpers.
// scripts/bench/run.ts picks the mode: the site's figures (the build first, then every
// `*.bench-run.ts` on it), or the scale bench (`*.bench-scale.ts`, which builds its own corpora).
const scale = process.env['BENCH_MODE'] === 'scale';

export default getViteConfig({
  test: {
    include: [scale ? 'scripts/bench/**/*.bench-scale.ts' : 'scripts/bench/**/*.bench-run.ts'],
    globalSetup: scale ? [] : ['scripts/bench/build.setup.ts'],
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 60_000,
  },
});
