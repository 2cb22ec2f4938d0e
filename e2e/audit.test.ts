import { describe, expect, test } from 'vitest';
import { useTranslations } from '../src/i18n';
import { useBuiltSite } from './lib/site';

const site = useBuiltSite();
const ru = useTranslations('ru');
/** The notes index lists every finding; an entry's page lists those about it. */
const PAGES = ['notes/', 'sources/timoshkin-voloshin-2023/'];

describe('the automatic checks', () => {
  test.each(PAGES)(
    '%s: a plain heading, findings set apart by a rule, nothing of it printed',
    async (path) => {
      const page = await site.open();
      await page.goto(path);
      const block = page.main.locator('section.audit');
      const heading = block.locator('h2');
      expect(await heading.innerText()).toBe(ru('audit.heading'));
      expect(await heading.locator('a').count(), 'a heading that is not a link').toBe(0);

      // Within each list, every finding after the first has a rule above it.
      const rules = await block
        .locator('.audit-findings > li + li')
        .evaluateAll((items) => items.map((item) => getComputedStyle(item).borderTopStyle));
      expect(rules.length).toBeGreaterThan(0);
      expect(new Set(rules)).toEqual(new Set(['solid']));

      await page.page.emulateMedia({ media: 'print' });
      expect(await block.isVisible()).toBe(false);
    },
  );

  test("an entry's findings lead to all of them on the notes page", async () => {
    const page = await site.open();
    await page.goto(PAGES[1] ?? '');
    await page.follow(page.main.getByRole('link', { name: ru('audit.all') }));
    expect(page.path).toBe('notes/#automatic-checks');
  });
});
