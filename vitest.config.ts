/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that tests can import `astro:content` and `astro/zod` like the site does.
export default getViteConfig({ test: { include: ['tests/**/*.test.ts'] } });
