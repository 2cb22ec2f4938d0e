import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);

/** A page printed to PDF as a reader's Chromium prints it: print media, A4, the page's own `@page`. */
export async function printToPdf(page: Page, format: 'A4' | 'Letter' = 'A4'): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format, preferCSSPageSize: false, printBackground: false });
}

/** Runs a poppler tool (poppler-utils, installed by .ci/run) on a PDF and returns its output. */
async function poppler(tool: 'pdftotext' | 'pdfinfo', pdf: Buffer, args: string[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'print-'));
  try {
    const file = join(folder, 'page.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The text of a PDF, laid out as printed (`pdftotext -layout`). */
export const pdfText = (pdf: Buffer): Promise<string> => poppler('pdftotext', pdf, ['-layout']);

/** The text of a PDF in the order it was drawn (`pdftotext -raw`): a table's cells row by row. */
export const pdfRawText = (pdf: Buffer): Promise<string> => poppler('pdftotext', pdf, ['-raw']);

/** How many pages a PDF has (`pdfinfo`). */
export async function pdfPages(pdf: Buffer): Promise<number> {
  const pages = /^Pages:\s+(\d+)$/m.exec(await poppler('pdfinfo', pdf, []))?.[1];
  if (pages === undefined) throw new Error('pdfinfo printed no page count');
  return Number(pages);
}

/**
 * Text reduced for comparison with what was printed: the layout breaks lines anywhere (inside a
 * URL, after a hyphen), so all whitespace goes, and the rest must match exactly.
 */
export const squeezed = (text: string): string => text.replace(/\s+/g, '');

/** One printed page: its height and the bottom edge of each word, in PDF points from the top. */
export interface PdfPage {
  height: number;
  wordBottoms: number[];
}

/** Where the words of each page of a PDF lie (`pdftotext -bbox`). */
export async function pdfPageWords(pdf: Buffer): Promise<PdfPage[]> {
  const html = await poppler('pdftotext', pdf, ['-bbox']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => ({
      height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
      wordBottoms: [...page.matchAll(/<word [^>]*yMax="([\d.]+)"/g)].map((match) => Number(match[1])),
    }));
}
