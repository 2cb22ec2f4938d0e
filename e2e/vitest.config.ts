/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { SlowestFirst } from './lib/slowest-first';

// Browser tests against the built site (run `npm run build` first). Each file starts its own server
// (on a free port) and Chromium and shares no state with the others, so two files run at once:
// one per core of our machines.
export default getViteConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
