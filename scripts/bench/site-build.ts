import { readdirSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { measuredRun } from './measured-run';

/** What one full build (astro build, then Pagefind) took and produced. */
export interface SiteBuild {
  /** The build folder. */
  outDir: string;
  /** Wall time of astro build and Pagefind together, in milliseconds. */
  wallMs: number;
  /** Peak resident memory of the whole build process tree, in bytes. */
  peakRssBytes: number;
  /** HTML pages in the build. */
  pages: number;
  /** Everything in the build folder, in bytes. */
  bytes: number;
  /** The Pagefind index (`<outDir>/pagefind`), in bytes. */
  indexBytes: number;
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(folder, file)).isFile(),
  );
}

/** The size of everything under a folder, in bytes. */
export function folderBytes(folder: string): number {
  return filesUnder(folder).reduce((sum, file) => sum + statSync(join(folder, file)).size, 0);
}

/**
 * Runs the full build as `npm run build` does (astro build --force, then Pagefind on the result)
 * into `outDir`, from `contentDir` when given (CONTENT_DIR, see src/content.config.ts, with the
 * cache in `<outDir>-astro-cache`), and measures it. Throws with the build's output when the build fails: a broken build is no figure.
 */
export async function buildSite(options: { outDir: string; contentDir?: string }): Promise<SiteBuild> {
  const outDir = resolve(options.outDir);
  const bin = resolve('node_modules/.bin');
  // Another content folder is built with a config whose cache is its own (next to the build).
  const corpus = options.contentDir ? ['--config', 'scripts/bench/astro-corpus.config.ts'] : [];
  const run = await measuredRun(
    'sh',
    ['-c', 'astro build --force --outDir "$OUT_DIR" "$@" && pagefind --site "$OUT_DIR"', 'sh', ...corpus],
    {
      env: {
        OUT_DIR: outDir,
        PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`,
        ...(options.contentDir
          ? { CONTENT_DIR: resolve(options.contentDir), ASTRO_CACHE_DIR: `${outDir}-astro-cache` }
          : {}),
      },
    },
  );
  if (run.code !== 0) throw new Error(`build into ${outDir} failed (exit ${run.code}):\n${run.output}`);
  return {
    outDir,
    wallMs: run.wallMs,
    peakRssBytes: run.peakRssBytes,
    pages: filesUnder(outDir).filter((file) => file.endsWith('.html')).length,
    bytes: folderBytes(outDir),
    indexBytes: folderBytes(join(outDir, 'pagefind')),
  };
}
