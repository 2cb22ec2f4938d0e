import { DIST } from '../../e2e/lib/site';
import { report } from './report';
import { buildSite } from './site-build';

/**
 * Vitest global setup of `npm run bench`: the full build into dist/, measured, before the benches
 * that read it (page weights, search, Lighthouse) run.
 */
export default async function buildMeasured(): Promise<void> {
  const build = await buildSite({ outDir: DIST });
  console.log(
    report('Full build (astro build + Pagefind)', [
      // The scale budget (10,000 pages in 2 minutes and 2 GB) holds for any smaller site too.
      { name: 'wall time', value: build.wallMs, unit: 'ms', budget: 120_000 },
      {
        name: 'peak memory (whole process tree, RSS)',
        value: build.peakRssBytes,
        unit: 'bytes',
        budget: 2 * 1024 ** 3,
      },
      { name: 'pages', value: build.pages, unit: 'count' },
      { name: `${DIST}/ size`, value: build.bytes, unit: 'bytes' },
    ]),
  );
}
