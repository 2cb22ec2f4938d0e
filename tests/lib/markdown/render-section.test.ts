import { expect, test } from 'vitest';
import { renderSection } from '../../../src/lib/markdown/render-section';
import { fixtures } from '../graph/fixtures';

test('renderSection links mentions to the entries’ pages in the page’s language, and renders the rest alike', async () => {
  const [section] = (await fixtures()).sections;
  const ru = await renderSection(section!, 'ru');
  const kk = await renderSection(section!, 'kk');
  expect(ru).toContain('<p id="introduction-p1">');
  expect(ru).toContain('href="/norms/demo-constitution/"');
  expect(ru).toContain('href="/statistics/demo-arrivals/"');
  expect(kk).toContain('href="/kk/norms/demo-constitution/"');
  expect(kk).toContain('href="/kk/statistics/demo-arrivals/"');
  expect(kk.replaceAll('href="/kk/', 'href="/')).toBe(ru);
  expect(await renderSection(section!, 'en')).toContain('href="/en/norms/demo-constitution/"');
});
