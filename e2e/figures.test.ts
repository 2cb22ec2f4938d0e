import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { formatNumber } from '../src/lib/format';
import { entityPath } from '../src/lib/routes';
import { BASE, useBuiltSite } from './lib/site';

const site = useBuiltSite();
const t = useTranslations('ru');
const WIDE = { width: 1366, height: 900 };

describe('the figures chart on the overview', () => {
  test('every count of people is drawn on one axis: a longer bar is a larger number, across panels', async () => {
    const page = await site.open({ viewport: WIDE });
    await page.goto('overview/');
    const bars = await page.page
      .locator('.figure-panel[id$="-persons"] .visual-row:not(.visual-axis-row)')
      .evaluateAll((rows) =>
        rows.map((row) => ({
          value: Number(row.querySelector('.visual-label a')?.textContent?.replace(/\D/gu, '')),
          bar: row.querySelector('.figure-bar rect')?.getBoundingClientRect().width ?? 0,
          track: row.querySelector('.visual-track')?.getBoundingClientRect().width ?? 0,
        })),
      );
    expect(bars.map((b) => b.value)).toEqual([17425, 14417, 15129]);
    const [arrivals, registered, permits] = bars;
    expect(permits!.bar).toBeGreaterThan(registered!.bar);
    expect(arrivals!.bar).toBeGreaterThan(permits!.bar);
    // One axis, 0–20 000, the same length in every panel.
    for (const { value, bar, track } of bars) {
      expect(track).toBe(arrivals!.track);
      expect(bar / track).toBeCloseTo(value / 20000, 2);
    }
    const captions = await page.page
      .locator('.figure-panel[id$="-persons"] figcaption small')
      .allInnerTexts();
    expect(new Set(captions)).toEqual(
      new Set([t('visuals.figures.scale.persons', { max: formatNumber(20000, 'ru') })]),
    );
  });
});

describe('a figure’s page', () => {
  test('opens with the contradiction it is part of, linking the other value and the note', async () => {
    const page = await site.open({ viewport: WIDE });
    await page.goto(entityPath('statistics', 'arrivals-2022-cis-share-85-9'));
    const block = page.main.locator('.figure-contradiction');
    expect(await block.locator('h2').innerText()).toContain(t('statistic.conflict.heading'));
    const before = await block.evaluate((node) => {
      const fields = document.querySelector('main dl');
      return fields !== null && (node.compareDocumentPosition(fields) & Node.DOCUMENT_POSITION_FOLLOWING) > 0;
    });
    expect(before).toBe(true);
    const links = await block.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`${BASE}${entityPath('statistics', 'arrivals-2022-cis-share-86-1')}`);
    expect(links).toContain(`${BASE}${entityPath('notes', 'cis-share-stated-twice')}`);
    expect(await block.innerText()).toMatch(/«86,1 %»[\s\S]*«85,9%»/u);

    await page.goto(entityPath('statistics', 'arrivals-2022'));
    expect(await page.main.locator('.figure-contradiction').count()).toBe(0);
  });

  test('marks the editors’ fields, and explains the mark', async () => {
    const page = await site.open({ viewport: WIDE });
    await page.goto(entityPath('statistics', 'registered-labour-migrants-2023-04-01'));
    const tagged = await page.main
      .locator('dl.fields dt:has(.editorial-tag)')
      .evaluateAll((dts) => dts.map((dt) => dt.firstChild?.textContent?.trim()));
    expect(tagged).toEqual([t('statistic.value'), t('statistic.counts'), t('statistic.geography')]);
    expect(await page.main.locator('dl.fields dt').count()).toBe(6);
    expect(await page.main.locator('.fields-legend .editorial-tag').innerText()).toBe(t('editorial.tag'));
  });
});
