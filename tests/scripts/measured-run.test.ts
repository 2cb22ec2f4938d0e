import { describe, expect, test } from 'vitest';
import { measuredRun } from '../../scripts/bench/measured-run';

describe('measuredRun', () => {
  test('peak memory counts the processes a command starts, not only the command', async () => {
    // `sh` itself stays small; the Node process it starts holds 200 MB for half a second.
    const script = 'const b = Buffer.alloc(200e6, 1); setTimeout(() => console.log(b.length), 500)';
    const run = await measuredRun('sh', ['-c', `${process.execPath} -e "${script}"`], { sampleMs: 20 });
    expect(run.code).toBe(0);
    expect(run.output.trim()).toBe('200000000');
    expect(run.peakRssBytes).toBeGreaterThan(200e6);
  });

  test('reports a failing command instead of throwing', async () => {
    const run = await measuredRun('sh', ['-c', 'echo broken >&2; exit 3']);
    expect(run).toMatchObject({ code: 3, output: 'broken\n' });
  });
});
