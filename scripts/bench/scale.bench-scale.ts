import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import { launchBrowser } from '../../e2e/lib/browser';
import { startStaticServer } from '../../e2e/lib/static-server';
import { generateCorpus } from '../generate-corpus';
import { measureFirstQuery, type FirstQuery } from './first-query';
import { report, table } from './report';
import { buildSite, type SiteBuild } from './site-build';

/** Articles per step: about 100, 1,000 and 10,000 pages. BENCH_SCALE=1,10 runs fewer. */
const STEPS = (process.env['BENCH_SCALE'] ?? '1,10,100').split(',').map(Number);

type Step = SiteBuild & FirstQuery & { articles: number };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const factor = (a: number, b: number) => `×${(b / a).toFixed(2)}`;

test('scale: build, index and first query for 1, 10 and 100 synthetic articles', async () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const browser = await launchBrowser();
  const steps: Step[] = [];
  try {
    for (const articles of STEPS) {
      const content = join(root, `content-${articles}`);
      generateCorpus(articles, content);
      const build = await buildSite({ outDir: join(root, `dist-${articles}`), contentDir: content });
      const server = await startStaticServer(build.outDir);
      try {
        steps.push({ articles, ...build, ...(await measureFirstQuery(browser, server.url)) });
      } finally {
        await server.close();
      }
      // 10,000 pages take a few hundred MB: keep only the figures.
      for (const folder of [content, build.outDir, `${build.outDir}-astro-cache`])
        rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }

  console.log(
    table(
      'Scale: synthetic corpora (scripts/generate-corpus.ts)',
      ['articles', 'pages', 'build', 'ms / page', 'peak RSS', 'index', 'first query', 'latency'],
      steps.map((s) => [
        String(s.articles),
        String(s.pages),
        seconds(s.wallMs),
        (s.wallMs / s.pages).toFixed(1),
        mib(s.peakRssBytes),
        kib(s.indexBytes),
        kib(s.transferredBytes),
        `${s.elapsedMs.toFixed(0)} ms`,
      ]),
    ),
  );
  const pairs = steps.slice(1).map((step, index) => [steps[index] as Step, step] as const);
  console.log(
    table(
      'Scale: growth factor between steps',
      ['step', 'pages', 'build', 'peak RSS', 'index', 'first query', 'latency'],
      pairs.map(([a, b]) => [
        `${a.articles} → ${b.articles}`,
        factor(a.pages, b.pages),
        factor(a.wallMs, b.wallMs),
        factor(a.peakRssBytes, b.peakRssBytes),
        factor(a.indexBytes, b.indexBytes),
        factor(a.transferredBytes, b.transferredBytes),
        factor(a.elapsedMs, b.elapsedMs),
      ]),
    ),
  );
  const largest = steps.at(-1);
  if (!largest) return;
  console.log(
    report(`Scale budgets (${largest.articles} articles, ${largest.pages} pages)`, [
      { name: 'build and index, wall time', value: largest.wallMs, unit: 'ms', budget: 120_000 },
      {
        name: 'peak memory (whole process tree, RSS)',
        value: largest.peakRssBytes,
        unit: 'bytes',
        budget: 2 * 1024 ** 3,
      },
      {
        name: 'bytes transferred for a first query',
        value: largest.transferredBytes,
        unit: 'bytes',
        budget: 300 * 1024,
      },
      // Near-linear: the build time per page may grow by half over the steps, not with their size.
      ...pairs.map(([a, b]) => ({
        name: `build time per page, ${b.articles} vs ${a.articles} articles (%)`,
        value: Math.round((100 * (b.wallMs / b.pages)) / (a.wallMs / a.pages)),
        unit: 'count' as const,
        budget: 150,
      })),
    ]),
  );
});
