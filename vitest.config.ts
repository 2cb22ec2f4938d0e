/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that tests can import `astro:content` and `astro/zod` like the site does.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{lib,schemas,content,scripts}/**/*.test.ts'],
          // The files of a worker share one module cache: each would otherwise load the content
          // and the graph again (three quarters of the run, 57 s against 6 s). They hold no
          // global state to leak: what a test changes, it makes in its own fixture or temp folder.
          isolate: false,
        },
      },
      // Each build test runs astro builds or reads dist/; they keep a module cache of their own.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
