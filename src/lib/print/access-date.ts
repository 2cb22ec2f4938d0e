import { execFileSync } from 'node:child_process';
import type { Collections } from '../content';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where the build date comes from; each source is tried in this order. */
export interface BuildDateInputs {
  /** The last commit's date (`git log -1 --format=%cs`), or undefined outside a git checkout. */
  commitDate?: string | undefined;
  /** `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention). */
  sourceDateEpoch?: string | undefined;
  /** The content, whose newest ISO date is the last resort. */
  collections: Collections;
}

/** The last commit's date in the working directory, or undefined where git or the history is missing. */
export function lastCommitDate(): string | undefined {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return ISO_DATE.test(date) ? date : undefined;
  } catch {
    return undefined;
  }
}

/** The newest `YYYY-MM-DD` string anywhere in the content's data, or undefined if there is none. */
export function newestContentDate(collections: Collections): string | undefined {
  let newest: string | undefined;
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (ISO_DATE.test(value) && (newest === undefined || value > newest)) newest = value;
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  for (const entries of Object.values(collections)) for (const entry of entries) walk(entry.data);
  return newest;
}

/**
 * The access date printed on every print document: a date fixed by what is built, never the clock,
 * so two builds of one commit are byte-identical. The last commit's date; else SOURCE_DATE_EPOCH;
 * else (a copy of the project without its history) the newest date in the content.
 */
export function buildDate({ commitDate, sourceDateEpoch, collections }: BuildDateInputs): string {
  if (commitDate !== undefined && ISO_DATE.test(commitDate)) return commitDate;
  const epoch = Number(sourceDateEpoch);
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '' && Number.isInteger(epoch))
    return new Date(epoch * 1000).toISOString().slice(0, 10);
  const newest = newestContentDate(collections);
  if (newest === undefined)
    throw new Error('no build date: no git history, no SOURCE_DATE_EPOCH, no date in the content');
  return newest;
}

let cached: string | undefined;

/** The site's build date (see `buildDate`), computed once per build. */
export function siteBuildDate(collections: Collections): string {
  cached ??= buildDate({
    commitDate: lastCommitDate(),
    sourceDateEpoch: process.env['SOURCE_DATE_EPOCH'],
    collections,
  });
  return cached;
}
