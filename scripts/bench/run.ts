/**
 * `npm run bench`: the site's figures (build, page weights, search, Lighthouse…), or with
 * `--scale` the scale bench on synthetic corpora. Vitest rejects flags it does not know, so the
 * mode goes to scripts/bench/vitest.config.ts in BENCH_MODE; any other argument (a file filter)
 * is passed on to Vitest. The bench reports figures over budget and never fails on one.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const scale = args.includes('--scale');
const result = spawnSync(
  'vitest',
  ['run', '--config', 'scripts/bench/vitest.config.ts', ...args.filter((arg) => arg !== '--scale')],
  { stdio: 'inherit', env: { ...process.env, BENCH_MODE: scale ? 'scale' : 'site' } },
);
if (result.error) throw result.error;
process.exit(result.status ?? 1);
