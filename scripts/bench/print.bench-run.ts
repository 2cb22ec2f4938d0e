import { test } from 'vitest';
import { pdfPages, printToPdf } from '../../e2e/lib/pdf';
import { useBuiltSite } from '../../e2e/lib/site';
import { printPath } from '../../src/lib/routes';
import { report, type Figure } from './report';

const site = useBuiltSite();
const ARTICLE = 'moldakhmetova-2025';
const SECTIONS = ['introduction', 'materials-and-methods', 'results-and-discussion', 'conclusion'];

test('print: pages of the printed article and of each section (A4, with sources)', async () => {
  const page = await site.open();
  const pagesOf = async (path: string) => {
    await page.goto(path);
    return pdfPages(await printToPdf(page.page, 'A4'));
  };
  const figures: Figure[] = [
    {
      name: 'whole article, print with sources',
      value: await pagesOf(printPath('articles', ARTICLE)),
      unit: 'count',
    },
  ];
  for (const section of SECTIONS)
    figures.push({
      name: `section ${section}`,
      value: await pagesOf(printPath('sections', `${ARTICLE}/${section}`)),
      unit: 'count',
    });
  console.log(report('Print (Chromium, A4 pages)', figures));
});
