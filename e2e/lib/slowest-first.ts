import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The file that takes most of an e2e run: the axe scan of every page, about as long as all the
 * other files together.
 */
const SLOWEST = '/e2e/a11y.test.ts';

/**
 * Vitest's own order (files that failed or took longest last time first, else the largest),
 * except that the axe scan always starts first: with two workers, one scans while the other
 * runs the rest, and both end together. Started after the others (a fresh clone has no timings
 * to go by), it would run on alone for most of its length.
 */
export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => (file.moduleId.endsWith(SLOWEST) ? 0 : 1);
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
