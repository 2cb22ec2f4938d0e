import { describe, expect, test } from 'vitest';
import { browseAndSearch, samplePages } from './lib/journey';
import { recordViolations } from './lib/policy-violations';
import { useBuiltSite } from './lib/site';

const site = useBuiltSite();

// One walk through every kind of page serves both checks: the walk is what costs.
describe("a reader's journey: every kind of page, the previews, a search and a result", () => {
  test('breaks no rule of the Content-Security-Policy, and no request leaves 127.0.0.1', async () => {
    const page = await site.open();
    const violations = await recordViolations(page.page);
    const requested: string[] = [];
    const context = page.page.context();
    context.on('request', (request) => requested.push(request.url()));
    // Anything bound elsewhere is also stopped before it leaves, so that a failing run sends nothing.
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort('blockedbyclient'),
    );
    await browseAndSearch(page);
    expect(samplePages().length).toBeGreaterThan(20);
    expect(violations).toEqual([]);
    // Pagefind's index and WebAssembly were fetched: the record covers what search loads.
    expect(requested).toContainEqual(expect.stringMatching(/\/pagefind\/.*\.pf_fragment$/));
    expect(requested).toContainEqual(expect.stringMatching(/\/pagefind\/wasm\.ru\.pagefind$/));
    const elsewhere = requested.filter(
      (url) => !/^(data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1',
    );
    expect(elsewhere).toEqual([]);
  });
});
